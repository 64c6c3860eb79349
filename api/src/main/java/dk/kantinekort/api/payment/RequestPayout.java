package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Udbetaling (F8): ask for the remaining balance to be paid out. Without a bank account (both numbers blank) it
 * goes to the owner's NemKonto; a typed Danish bank account (reg.nr. 4 digits, kontonr. up to 10 digits) only
 * where the municipality allows it, and then after the owner confirms it. Staff approve or reject the request;
 * blocked cards may be paid out too.
 */
public record RequestPayout(@TargetAggregateIdentifier String accountId, String payoutId, String registrationNumber,
                            String bankAccountNumber) implements AccountScoped {

    /** A payout to the owner's NemKonto. */
    public static RequestPayout toNemKonto(String accountId, String payoutId) {
        return new RequestPayout(accountId, payoutId, null, null);
    }
}
