package dk.kantinekort.api.till;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a till of a place a bearer credential; only its SHA-256 hash is kept. */
public record IssueTillCredential(@TargetAggregateIdentifier String placeId, String tillId, String tokenHash) {
}
