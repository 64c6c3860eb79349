package dk.kantinekort.api.webshop;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import org.axonframework.serialization.Revision;

/**
 * The account refused to pay the order from the canteen card (too little money, or the card blocked): nothing was
 * charged and the order is withdrawn, closed for good. The checkout tells the citizen why; "Vis ordrer" does not
 * keep it.
 */
@Revision("1")
public record OrderPaymentFailed(String orderId, String accountId, PaymentDeclineReason reason) {
}
