package dk.kantinekort.api.webshop;

import dk.kantinekort.api.payment.PaymentPageLinks;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The citizen checked out a basket (F15): the webshop-checkout process prices it, places the order {@code orderId}
 * and charges the canteen card, or has the provider's hosted page save a payment card ({@code links}: where it
 * sends the citizen back).
 */
@Revision("1")
public record BasketCheckedOut(String orderId, String accountId, String placeId, List<BasketItem> items,
                               OrderPayment payment, PaymentPageLinks links) {
}
