package dk.kantinekort.command.payment.checkout;

import dk.kantinekort.api.error.RejectionCode;

/** Sent by the checkout processes when a checkout ends before any payment; recorded as CheckoutRefused. */
record RecordCheckoutRefused(String checkoutId, String accountId, RejectionCode reason) {
}
