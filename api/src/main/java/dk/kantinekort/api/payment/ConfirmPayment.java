package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.PortalSignal;

/**
 * A signal that a provider payment may have changed (a webhook, or the citizen returning from the hosted page).
 * The command side asks the provider for the payment and credits it at most once; signals may repeat and come
 * in any order.
 */
public record ConfirmPayment(String paymentId) implements PortalSignal {
}
