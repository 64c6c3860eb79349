package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.payment.FeeRule;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Places a priced order (sent by the checkout, never by the portal). {@code cardFee} is the payment-card fee rule in
 * force at checkout (every delivery is charged amount + fee by it); null for the canteen card, which pays no fee.
 */
public record PlaceOrder(@TargetAggregateIdentifier String orderId, String accountId, String placeId,
                         List<OrderLine> lines, OrderPayment payment, FeeRule cardFee) implements AccountScoped {
}
