package dk.kantinekort.api.relation;

import dk.kantinekort.api.access.ActingCitizen;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** "Fjern adgang" / "Slet": either person of a link ends it, pending or active. */
public record WithdrawAccountLink(@TargetAggregateIdentifier String relationId, String actingCitizenId)
        implements ActingCitizen {
}
