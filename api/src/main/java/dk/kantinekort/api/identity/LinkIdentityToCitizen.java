package dk.kantinekort.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record on the person that this login identity is theirs; sent by the command side's linking handler. */
public record LinkIdentityToCitizen(@TargetAggregateIdentifier String citizenId, String subject) {
}
