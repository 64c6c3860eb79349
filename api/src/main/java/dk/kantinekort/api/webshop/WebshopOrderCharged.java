package dk.kantinekort.api.webshop;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A webshop order was paid from the canteen card (statement type WEBSHOP). */
@Revision("1")
public record WebshopOrderCharged(String accountId, String orderId, String placeId, Money amount, Money balanceAfter)
        implements BalanceChanged {
}
