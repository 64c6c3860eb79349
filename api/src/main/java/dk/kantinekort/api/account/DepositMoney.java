package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;

/**
 * Put money on a card account; idempotent by deposit id. Answers the balance after. {@code settlesDepositId}
 * (staff's manual credit only, else null) names the open provider deposit the credited payment belongs to: the
 * credit then settles that deposit, so the provider's later report of the same payment credits nothing more.
 */
public record DepositMoney(@TargetAggregateIdentifier String accountId, String depositId, Money amount,
                           DepositMethod method, String reference, String settlesDepositId) {

    /** A deposit that settles no open provider deposit (cash at the counter, a correction). */
    public DepositMoney(String accountId, String depositId, Money amount, DepositMethod method, String reference) {
        this(accountId, depositId, amount, method, reference, null);
    }
}
