package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The provider created the payment (and hosted page) of a deposit or a top-up agreement; {@code expected} is what it must charge (amount + fee; zero for an agreement); {@code hostedPageUrl} where the citizen pays or saves the card. */
@Revision("1")
public record PaymentCheckoutCreated(String accountId, String checkoutId, String paymentId, CheckoutPurpose purpose, Money expected,
                                     String hostedPageUrl) {
}
