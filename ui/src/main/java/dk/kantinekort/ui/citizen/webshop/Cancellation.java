package dk.kantinekort.ui.citizen.webshop;

import dk.kantinekort.api.webshop.OrderLineView;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import java.time.LocalDate;

/**
 * When the page offers "Annuller", decided as the ledger decides it: a line until the day before its delivery date
 * (Danish time), and an order with nothing charged yet (waiting for payment details) whatever its dates, so it can
 * be deleted (a canteen-card order the account refused is withdrawn by the ledger and never listed). "Når leveringsdatoen er nået, forsvinder muligheden for at annullere".
 */
final class Cancellation {

    private Cancellation() {
    }

    /** The red "Annuller" of a line in Vis. */
    static boolean lineCancellable(OrderView order, OrderLineView line, LocalDate today) {
        return order.status() != OrderStatus.CANCELLED && !line.cancelled() && today.isBefore(line.deliveryDate());
    }

    /** "Annuller" of the whole order in Vis ordrer: something is left that may still be cancelled. */
    static boolean orderCancellable(OrderView order, LocalDate today) {
        if (order.status() == OrderStatus.CANCELLED || order.lines() == null) {
            return false;
        }
        boolean nothingCharged = order.status() == OrderStatus.AWAITING_PAYMENT_DETAILS;
        return order.lines().stream().filter(line -> !line.cancelled())
                .anyMatch(line -> nothingCharged || today.isBefore(line.deliveryDate()));
    }
}
