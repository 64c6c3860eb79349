package dk.kantinekort.api.relation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a link; {@code actingCitizenId} must be the requester (any status but rejected). */
public record WithdrawAccountLink(@TargetAggregateIdentifier String relationId, String actingCitizenId) {
}
