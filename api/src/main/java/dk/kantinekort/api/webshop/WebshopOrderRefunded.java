package dk.kantinekort.api.webshop;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** Cancelled webshop lines were refunded to the canteen card (statement type REFUND). */
@Revision("1")
public record WebshopOrderRefunded(String accountId, String orderId, String refundId, String placeId, Money amount,
                                   Money balanceAfter) implements BalanceChanged {
}
