package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.card.CardNumber;

/** Order a new card with a new number for a fee (F11). */
public record OrderReplacementCard(@TargetAggregateIdentifier String accountId, String orderId, CardNumber newCardNumber) {
}
