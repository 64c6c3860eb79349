package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places a priced order (sent by the checkout, never by the portal). */
public record PlaceOrder(@TargetAggregateIdentifier String orderId, String accountId, String placeId,
                         List<OrderLine> lines, OrderPayment payment) implements AccountScoped {
}
