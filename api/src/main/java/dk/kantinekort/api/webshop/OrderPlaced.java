package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An order was placed; it waits for its payment (canteen card) or payment details (payment card). {@code cardFee}:
 * the payment-card fee rule the order keeps for each delivery's charge; null for the canteen card, and in orders
 * stored before card fees existed (their deliveries are charged without a fee).
 * {@code madeBy}: the citizen who ordered; a payment-card order's open deliveries are cancelled when their link ends.
 */
@Revision("1")
public record OrderPlaced(String orderId, String accountId, String placeId, List<OrderLine> lines,
                          OrderPayment payment, Money total, Instant checkoutExpiresAt, FeeRule cardFee,
                          String madeBy) {
}
