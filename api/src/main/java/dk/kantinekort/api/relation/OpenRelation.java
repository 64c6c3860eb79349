package dk.kantinekort.api.relation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a link between requester and owner; sent by the command side's request handler once it has
 * resolved the CPR number. {@code ownerId} is null when nobody has that CPR number (the request then waits
 * for ever, unanswered, and the requester can delete it).
 */
public record OpenRelation(@TargetAggregateIdentifier String relationId, String requesterId, String ownerId,
                           String cprHash, String cprMasked, boolean grantedAtOnce) {
}
