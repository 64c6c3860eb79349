package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;

/** A payment created at the provider: the hosted page to send the citizen to, and what they will pay. */
public record PaymentCheckout(String checkoutId, String paymentId, String hostedPageUrl, Money amount, Money fee) {

    public Money total() {
        return amount.plus(fee);
    }
}
