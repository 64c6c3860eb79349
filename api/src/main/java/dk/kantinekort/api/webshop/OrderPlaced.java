package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An order was placed; it waits for its payment (canteen card) or payment details (payment card). */
@Revision("1")
public record OrderPlaced(String orderId, String accountId, String placeId, List<OrderLine> lines,
                          OrderPayment payment, Money total, Instant checkoutExpiresAt) {
}
