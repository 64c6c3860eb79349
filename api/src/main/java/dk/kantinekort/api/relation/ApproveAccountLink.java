package dk.kantinekort.api.relation;

import dk.kantinekort.api.access.ActingCitizen;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve a link; {@code actingCitizenId} must be the owner, and the link pending. */
public record ApproveAccountLink(@TargetAggregateIdentifier String relationId, String actingCitizenId)
        implements ActingCitizen {
}
