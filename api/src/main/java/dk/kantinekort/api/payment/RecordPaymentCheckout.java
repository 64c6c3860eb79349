package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the provider payment (and its hosted page) created for a deposit or a top-up agreement. */
public record RecordPaymentCheckout(@TargetAggregateIdentifier String accountId, String checkoutId, String paymentId, CheckoutPurpose purpose,
                                    String hostedPageUrl) {
}
