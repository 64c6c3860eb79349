package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;

/**
 * Indbetaling (F6): start a card or MobilePay payment for the account. Refused before any money is taken when
 * the card is blocked or the amount is out of bounds; answers a {@link PaymentCheckout} to send the citizen to.
 */
public record StartDeposit(String accountId, String depositId, Money amount, DepositMethod method,
                           String receiptEmail, PaymentPageLinks links) implements AccountScoped {
}
