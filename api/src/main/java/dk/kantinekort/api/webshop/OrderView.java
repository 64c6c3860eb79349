package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.Instant;
import java.util.List;

/**
 * An order in Vis ordrer. {@code paidDeliveries}/{@code deliveries} is the k/n of "Afventer betaling k/n";
 * {@code nextChargeAt} the next delivery-day charge; {@code failure} why a charge failed. {@code total} is what the
 * lines not cancelled cost; for an order cancelled as a whole, what it cost when placed.
 */
public record OrderView(String orderId, String accountId, String placeId, String placeName, Instant placedAt,
                        OrderPayment payment, OrderStatus status, Money total, int paidDeliveries, int deliveries,
                        Instant nextChargeAt, PaymentDeclineReason failure, String maskedPan,
                        List<OrderLineView> lines, List<DeliveryView> deliveryDays) {
}
