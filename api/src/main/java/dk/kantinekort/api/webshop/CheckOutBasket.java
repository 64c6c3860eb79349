package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.payment.PaymentPageLinks;
import java.util.List;

/**
 * Webshop checkout (F15) from the portal: the items become one line per delivery date. Recorded at once (answers
 * nothing); the webshop-checkout process places the order and charges the canteen card or opens the hosted page
 * where a payment card is saved, asked with {@link dk.kantinekort.api.payment.FindCheckoutProgress} under the order id.
 */
public record CheckOutBasket(String accountId, String orderId, String placeId, List<BasketItem> items,
                             OrderPayment payment, PaymentPageLinks links) implements AccountScoped {
}
