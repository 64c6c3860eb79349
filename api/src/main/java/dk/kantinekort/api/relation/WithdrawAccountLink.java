package dk.kantinekort.api.relation;

import dk.kantinekort.api.access.ActingCitizen;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a link: the requester may delete it while pending or active, the owner may end an active one. */
public record WithdrawAccountLink(@TargetAggregateIdentifier String relationId, String actingCitizenId)
        implements ActingCitizen {
}
