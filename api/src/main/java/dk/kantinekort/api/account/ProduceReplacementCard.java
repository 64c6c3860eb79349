package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark an ordered replacement card as produced: the new card becomes active, the old one closed. */
public record ProduceReplacementCard(@TargetAggregateIdentifier String accountId, String orderId) {
}
