package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A product costs another price per delivery from now on. */
@Revision("1")
public record ProductRepriced(String productId, Money price) {
}
