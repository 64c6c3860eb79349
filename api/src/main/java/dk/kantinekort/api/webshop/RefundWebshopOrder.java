package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back cancelled lines of a canteen-card order; never more than the order was charged. */
public record RefundWebshopOrder(@TargetAggregateIdentifier String accountId, String orderId, String refundId,
                                 String placeId, Money amount) {
}
