package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** The provider created the payment (and hosted page) of a deposit or a top-up agreement. */
@Revision("1")
public record PaymentCheckoutCreated(String accountId, String checkoutId, String paymentId, CheckoutPurpose purpose) {
}
