package dk.kantinekort.api.payment;

import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;

/**
 * The answer to {@link FindCheckoutProgress}: the stage, the hosted page's address (HOSTED_PAGE), why it was refused
 * (REFUSED) or declined (PAYMENT_FAILED), and the order's total when an order was placed (else null).
 */
public record CheckoutProgress(String checkoutId, CheckoutStage stage, String hostedPageUrl, RejectionCode refusal,
                               PaymentDeclineReason declined, Money total) {
}
