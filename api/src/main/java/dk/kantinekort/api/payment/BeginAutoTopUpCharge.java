package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the account whether a triggered top-up may be charged now (false when done, failed, or the card is blocked). */
public record BeginAutoTopUpCharge(@TargetAggregateIdentifier String accountId, String topUpId) {
}
