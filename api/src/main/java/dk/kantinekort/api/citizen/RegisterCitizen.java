package dk.kantinekort.api.citizen;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a person; the CPR number travels only as a keyed hash and sealed. */
public record RegisterCitizen(@TargetAggregateIdentifier String citizenId, String cprHash, SealedData cpr, SealedData name, SealedData email) {
}
