package dk.kantinekort.api.citizen;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a person; the CPR number travels only sealed with the person's key. */
public record RegisterCitizen(@TargetAggregateIdentifier String citizenId, SealedData cpr, SealedData name, SealedData email) {
}
