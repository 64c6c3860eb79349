package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** A top-up charge did not go through; the agreement stays and the next qualifying purchase tries again. */
@Revision("1")
public record AutoTopUpFailed(String accountId, String topUpId, PaymentDeclineReason reason) {
}
