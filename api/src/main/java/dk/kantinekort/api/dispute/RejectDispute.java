package dk.kantinekort.api.dispute;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff refuse a dispute, with a reason the citizen is told (free text: sealed with the holder's key). */
public record RejectDispute(@TargetAggregateIdentifier String disputeId, String reason) {
}
