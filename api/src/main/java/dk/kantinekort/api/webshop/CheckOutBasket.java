package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.payment.PaymentPageLinks;
import java.util.List;

/**
 * Webshop checkout (F15) from the portal: the items become one line per delivery date. Paid with the canteen card
 * the order is charged at once; with a payment card the answer carries the hosted page where the card is saved.
 * Answers an {@link OrderCheckout}.
 */
public record CheckOutBasket(String accountId, String orderId, String placeId, List<BasketItem> items,
                             OrderPayment payment, PaymentPageLinks links) implements AccountScoped {
}
