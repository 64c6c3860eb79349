package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/**
 * A signal that the provider payment {@code paymentId} of checkout {@code checkoutId} may have changed (a webhook, the
 * citizen back from the hosted page); {@code declined} when the signal reports a refused attempt, else null. Only a
 * signal: the payment-confirmation process asks the provider before anything is credited or declined.
 */
@Revision("1")
public record PaymentSignalled(String paymentId, String checkoutId, PaymentDeclineReason declined) {
}
