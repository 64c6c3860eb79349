package dk.kantinekort.api.payment;

/**
 * How far the checkout {@code checkoutId} (a deposit, top-up agreement, order or enrolment id) of the account has
 * come. Answered by the command side from its look-up once the checkout has left {@link CheckoutStage#PENDING}, or
 * with PENDING after a few seconds; null when the account has no such checkout.
 */
public record FindCheckoutProgress(String accountId, String checkoutId) {
}
