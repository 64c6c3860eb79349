package dk.kantinekort.api.webshop;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import org.axonframework.serialization.Revision;

/** The order could not be paid from the canteen card. */
@Revision("1")
public record OrderPaymentFailed(String orderId, String accountId, PaymentDeclineReason reason) {
}
