package dk.kantinekort.api.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks a product for the order lines it makes at a place: one per delivery date still to come. */
public record QuoteProduct(@TargetAggregateIdentifier String productId, String placeId, int quantity) {
}
