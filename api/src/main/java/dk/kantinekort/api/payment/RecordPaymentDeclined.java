package dk.kantinekort.api.payment;

/** The provider reports a refused attempt on its hosted page (the citizen may still try another card). */
public record RecordPaymentDeclined(String paymentId, PaymentDeclineReason reason) {
}
