package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The account owner confirms, logged in as themselves, that a payout may go to the typed bank account a linked
 * person named; until then staff cannot approve it. Anyone but the owner is refused ACCESS_DENIED.
 */
public record ConfirmPayoutAccount(@TargetAggregateIdentifier String accountId, String payoutId)
        implements AccountScoped {
}
