package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff change a product's price per delivery; orders placed before keep theirs. */
public record RepriceProduct(@TargetAggregateIdentifier String productId, Money price) {
}
