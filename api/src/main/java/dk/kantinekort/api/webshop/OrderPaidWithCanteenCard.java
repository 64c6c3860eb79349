package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The whole order was paid from the canteen card. */
@Revision("1")
public record OrderPaidWithCanteenCard(String orderId, String accountId, Money amount) {
}
