package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff change the price per period of a plan; it applies to periods that start afterwards. */
public record RepricePlan(@TargetAggregateIdentifier String planId, Money price) {
}
