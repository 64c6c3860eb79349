package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Lines were cancelled. A paid canteen-card order gets {@code refund} back on the card; a payment-card line is
 * never charged. {@code orderCancelled} when no line is left.
 */
@Revision("1")
public record OrderLinesCancelled(String orderId, String accountId, String placeId, String cancellationId,
                                  List<String> lineIds, OrderPayment payment, Money refund, boolean orderCancelled) {
}
