package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.money.Money;

/**
 * Automatisk optankning (F7): agree a top-up amount and save a payment card on the provider's hosted page
 * (no charge then). Answers a {@link PaymentCheckout} with a zero amount.
 */
public record StartAutoTopUpSignup(String accountId, String agreementId, Money amount, String receiptEmail,
                                   PaymentPageLinks links) implements AccountScoped {
}
