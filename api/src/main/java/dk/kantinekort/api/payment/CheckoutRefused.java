package dk.kantinekort.api.payment;

import dk.kantinekort.api.error.RejectionCode;
import org.axonframework.serialization.Revision;

/**
 * A checkout the portal started ended before any payment: the products, the plan or the account refused it, or the
 * payment provider did not create the hosted page ({@code code} PAYMENT_PROVIDER_UNAVAILABLE). Recorded by the checkout
 * processes; the portal shows the reason.
 */
@Revision("1")
public record CheckoutRefused(String checkoutId, String accountId, RejectionCode code) {
}
