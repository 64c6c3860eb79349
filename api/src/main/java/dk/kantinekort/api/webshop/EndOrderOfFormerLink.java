package dk.kantinekort.api.webshop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The link of {@code citizenId} to the account's owner has ended: if that citizen placed this payment-card order, its
 * deliveries not charged yet are cancelled. Sent by the command side when a link ends, never from the portal.
 */
public record EndOrderOfFormerLink(@TargetAggregateIdentifier String orderId, String citizenId) {
}
