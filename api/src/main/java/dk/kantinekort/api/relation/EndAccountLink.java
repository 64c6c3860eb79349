package dk.kantinekort.api.relation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "Afslut tilknytning" in Support: staff end a pending or active link. Not a portal command (the portal's access
 * guard refuses it); the staff member is the command's actor.
 */
public record EndAccountLink(@TargetAggregateIdentifier String relationId) {
}
