package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A plan costs another price per period from now on. */
@Revision("1")
public record PlanRepriced(String planId, Money price) {
}
