package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One delivery date of an order: what it costs, whether it is paid, failed or cancelled; {@code fee} is the card fee
 * charged with a delivery paid by payment card (null until charged, and for the canteen card).
 */
public record DeliveryView(LocalDate deliveryDate, Money amount, State state, Instant chargeAt,
                           PaymentDeclineReason failure, Money fee) {

    /** Where the delivery's payment stands. */
    public enum State {
        NOT_PAID,
        PAID,
        FAILED,
        CANCELLED
    }
}
