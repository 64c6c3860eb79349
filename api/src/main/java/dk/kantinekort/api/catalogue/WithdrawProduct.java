package dk.kantinekort.api.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff take a product out of the webshop; orders placed before are delivered. */
public record WithdrawProduct(@TargetAggregateIdentifier String productId) {
}
