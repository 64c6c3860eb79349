package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The link of {@code citizenId} to the account's owner has ended: cancel the automatic top-up agreement if that
 * citizen made it. Sent by the command side when a link ends, never from the portal.
 */
public record EndAutoTopUpOfFormerLink(@TargetAggregateIdentifier String accountId, String citizenId) {
}
