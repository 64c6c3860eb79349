package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** An attempt on the hosted page was refused; the deposit stays open, the citizen may try again. */
@Revision("1")
public record DepositDeclined(String accountId, String depositId, String paymentId, PaymentDeclineReason reason) {
}
