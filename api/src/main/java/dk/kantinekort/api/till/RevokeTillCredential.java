package dk.kantinekort.api.till;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a till's credential. */
public record RevokeTillCredential(@TargetAggregateIdentifier String placeId, String tillId) {
}
