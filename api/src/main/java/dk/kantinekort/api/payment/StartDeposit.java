package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Indbetaling (F6): start a card or MobilePay payment for the account. The account decides at once (refused when
 * the card is blocked or the amount is out of bounds) and records the deposit; the provider's hosted page follows
 * from the payment-checkout process, asked with {@link FindCheckoutProgress} under the deposit id. Answers nothing.
 */
public record StartDeposit(@TargetAggregateIdentifier String accountId, String depositId, Money amount, DepositMethod method,
                           String receiptEmail, PaymentPageLinks links) implements AccountScoped {
}
