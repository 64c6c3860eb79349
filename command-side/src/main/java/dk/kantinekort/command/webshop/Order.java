package dk.kantinekort.command.webshop;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.DELIVERY_DATE_REACHED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NOTHING_TO_CANCEL;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.webshop.BeginDeliveryCharge;
import dk.kantinekort.api.webshop.CancelOrder;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.CompleteDeliveryCharge;
import dk.kantinekort.api.webshop.ConfirmCanteenCardPayment;
import dk.kantinekort.api.webshop.DeliveryChargeDue;
import dk.kantinekort.api.webshop.DeliveryChargeFailed;
import dk.kantinekort.api.webshop.EndOrderOfFormerLink;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.FailDeliveryCharge;
import dk.kantinekort.api.webshop.FailOrderPayment;
import dk.kantinekort.api.webshop.OrderCheckoutExpired;
import dk.kantinekort.api.webshop.OrderLine;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.OrderPaidWithCanteenCard;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPaymentCardSaved;
import dk.kantinekort.api.webshop.OrderPaymentFailed;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.api.webshop.PlaceOrder;
import dk.kantinekort.api.webshop.RecordOrderCheckout;
import dk.kantinekort.api.webshop.SaveOrderPaymentCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A webshop order (F15): lines per delivery date, paid at once from the canteen card or per delivery day on a saved
 * payment card. It alone decides what may still be cancelled (until the day before a line's delivery date,
 * Europe/Copenhagen) and records each delivery's charge once, however often its deadline fires or its charge is
 * redelivered after a restart.
 */
@Aggregate
public class Order {

    /** Deadline: the delivery day of {@link DeliveryDay#date()} has come; charge it. */
    static final String DELIVERY_CHARGE = "webshop-delivery-charge";
    /** Deadline: the payment (details) never came; drop the order. */
    static final String CHECKOUT_EXPIRY = "webshop-checkout-expiry";
    /** Afventer betalingsoplysninger expires after a day (the guide). */
    static final Duration CHECKOUT_LIFETIME = Duration.ofDays(1);

    @AggregateIdentifier
    private String orderId;
    private String accountId;
    private String placeId;
    private OrderPayment payment;
    /** The payment-card fee rule of checkout; null for the canteen card and for orders from before card fees. */
    private FeeRule cardFee;
    private final Map<String, OrderLine> lines = new LinkedHashMap<>();
    private final Set<String> cancelled = new HashSet<>();
    private int cancellations;
    private boolean awaitingPayment;
    private boolean paid;
    private boolean closed;
    private SealedData savedCardToken;
    /** The citizen who ordered; null for orders from before it was recorded. */
    private String madeBy;
    private final Map<LocalDate, DeliveryChargeDue> chargesInFlight = new HashMap<>();
    private final Set<LocalDate> settledDeliveries = new HashSet<>();

    /** Payload of the delivery-day deadline. */
    public record DeliveryDay(LocalDate date) {
    }

    /** Payload of the expiry deadline. */
    public record CheckoutExpiry(String orderId) {
    }

    protected Order() {
        // for Axon
    }

    @CommandHandler
    public Order(PlaceOrder command, Clock clock, DeadlineManager deadlines,
                 @MetaDataValue(Metadata.ACTOR) String actor) {
        List<OrderLine> ordered = command.lines();
        if (ordered == null || ordered.isEmpty() || ordered.size() > Limits.MAX_LINES || command.payment() == null) {
            throw new RejectedException(INVALID_REQUEST, "An order has 1 to " + Limits.MAX_LINES + " lines and a payment");
        }
        Set<String> ids = new HashSet<>();
        Money total = Money.ZERO;
        for (OrderLine line : ordered) {
            if (!ids.add(line.lineId()) || line.quantity() < 1 || line.unitPrice() == null
                    || !line.unitPrice().isPositive() || line.deliveryDate() == null) {
                throw new RejectedException(INVALID_REQUEST, "Order lines need a unique id, quantity and price");
            }
            if (!CanteenCalendar.stillCancellable(line.deliveryDate(), clock)) {
                throw new RejectedException(DELIVERY_DATE_REACHED, "The delivery date " + line.deliveryDate()
                        + " has come");
            }
            total = total.plus(line.amount());
        }
        if (command.payment() == OrderPayment.CANTEEN_CARD && total.isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(INVALID_REQUEST, "An order is at most " + Limits.MAX_BALANCE);
        }
        Instant expiresAt = clock.instant().plus(CHECKOUT_LIFETIME);
        apply(new OrderPlaced(command.orderId(), command.accountId(), command.placeId(), List.copyOf(ordered),
                command.payment(), total, expiresAt,
                command.payment() == OrderPayment.PAYMENT_CARD ? command.cardFee() : null,
                Metadata.citizenIdOf(actor)));
        deadlines.schedule(expiresAt, CHECKOUT_EXPIRY, new CheckoutExpiry(command.orderId()));
    }

    @CommandHandler
    void handle(RecordOrderCheckout command) {
        if (payment == OrderPayment.PAYMENT_CARD && awaitingPayment && !closed) {
            apply(new PaymentCheckoutCreated(accountId, orderId, command.paymentId(), CheckoutPurpose.WEBSHOP_ORDER,
                    Money.ZERO, command.hostedPageUrl()));
        }
    }

    /** The account has taken the total; also after an expiry, since the money was taken. */
    @CommandHandler
    void handle(ConfirmCanteenCardPayment command) {
        if (payment == OrderPayment.CANTEEN_CARD && !paid) {
            apply(new OrderPaidWithCanteenCard(orderId, accountId, totalOf(lines.values())));
        }
    }

    /**
     * The account refused the canteen-card payment (too little money, or blocked): nothing was charged, and the order
     * is withdrawn there and then. It is closed for good and leaves "Vis ordrer"; the checkout answers why.
     */
    @CommandHandler
    void handle(FailOrderPayment command, DeadlineManager deadlines) {
        if (payment == OrderPayment.CANTEEN_CARD && awaitingPayment && !closed) {
            apply(new OrderPaymentFailed(orderId, accountId, command.reason()));
            deadlines.cancelAllWithinScope(CHECKOUT_EXPIRY);
        }
    }

    /** The card is saved: each delivery date still ordered gets its charge on its day. */
    @CommandHandler
    void handle(SaveOrderPaymentCard command, DeadlineManager deadlines, AccountHolderSeal seal) {
        if (payment != OrderPayment.PAYMENT_CARD || !awaitingPayment || closed) {
            return; // saved already, or expired or deleted before the card came
        }
        apply(new OrderPaymentCardSaved(orderId, accountId, command.paymentId(),
                seal.seal(accountId, command.savedCardToken()), command.cardBrand(),
                seal.seal(accountId, command.maskedPan()), seal.seal(accountId, command.cardExpiry())));
        deadlines.cancelAllWithinScope(CHECKOUT_EXPIRY);
        for (LocalDate date : openDeliveryDates()) {
            deadlines.schedule(CanteenCalendar.startOf(date), DELIVERY_CHARGE, new DeliveryDay(date));
        }
    }

    @DeadlineHandler(deadlineName = CHECKOUT_EXPIRY)
    void expire(CheckoutExpiry expiry) {
        if (awaitingPayment && !closed) {
            apply(new OrderCheckoutExpired(orderId, accountId));
        }
    }

    /** A delivery day has come: its lines fall due once, however often the deadline fires. */
    @DeadlineHandler(deadlineName = DELIVERY_CHARGE)
    void deliveryDayCame(DeliveryDay day) {
        if (savedCardToken == null || closed || chargesInFlight.containsKey(day.date())
                || settledDeliveries.contains(day.date())) {
            return;
        }
        List<OrderLine> due = openLines().stream().filter(l -> l.deliveryDate().equals(day.date())).toList();
        if (due.isEmpty()) {
            return; // cancelled meanwhile: never charged
        }
        Money amount = totalOf(due);
        apply(new DeliveryChargeDue(orderId, accountId, day.date(), due.stream().map(OrderLine::lineId).toList(),
                amount, savedCardToken, chargeKey(day.date()), cardFee == null ? Money.ZERO : cardFee.feeFor(amount)));
    }

    /** The provider's idempotency key of a delivery's charge: the same order and date, the same charge. */
    private String chargeKey(LocalDate date) {
        return "webshop-" + orderId + "-" + date;
    }

    @CommandHandler
    boolean handle(BeginDeliveryCharge command) {
        return chargesInFlight.containsKey(command.deliveryDate());
    }

    @CommandHandler
    void handle(CompleteDeliveryCharge command) {
        DeliveryChargeDue due = chargesInFlight.get(command.deliveryDate());
        if (due != null) {
            apply(new DeliveryCharged(orderId, accountId, placeId, due.deliveryDate(), due.lineIds(), due.amount(),
                    due.chargeKey(), command.paymentId(), command.chargeId(), due.fee()));
        }
    }

    @CommandHandler
    void handle(FailDeliveryCharge command) {
        DeliveryChargeDue due = chargesInFlight.get(command.deliveryDate());
        if (due != null) {
            apply(new DeliveryChargeFailed(orderId, accountId, due.deliveryDate(), due.amount(), command.reason()));
        }
    }

    /** Annuller ordre: every line that may still be cancelled. */
    @CommandHandler
    void handle(CancelOrder command, Clock clock, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        List<OrderLine> open = openLines();
        if (closed || open.isEmpty()) {
            throw new RejectedException(NOTHING_TO_CANCEL, "Nothing of the order is left to cancel");
        }
        List<OrderLine> cancellable = open.stream().filter(l -> mayCancel(l, clock)).toList();
        if (cancellable.isEmpty()) {
            throw new RejectedException(DELIVERY_DATE_REACHED, "The delivery dates of the order have come");
        }
        cancel(cancellable, deadlines);
    }

    /**
     * The link of the citizen who ordered on a saved payment card has ended: their card pays no more deliveries.
     * Every line not charged yet is cancelled, whatever its date, except a delivery whose charge is under way.
     */
    @CommandHandler
    void handle(EndOrderOfFormerLink command, DeadlineManager deadlines) {
        if (payment != OrderPayment.PAYMENT_CARD || closed || madeBy == null || !madeBy.equals(command.citizenId())) {
            return;
        }
        List<OrderLine> uncharged = openLines().stream()
                .filter(l -> !chargesInFlight.containsKey(l.deliveryDate())
                        && !settledDeliveries.contains(l.deliveryDate()))
                .toList();
        if (!uncharged.isEmpty()) {
            cancel(uncharged, deadlines);
        }
    }

    /** Annuller single lines; all or nothing. */
    @CommandHandler
    void handle(CancelOrderLines command, Clock clock, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        if (command.lineIds() == null || command.lineIds().isEmpty()) {
            throw new RejectedException(INVALID_REQUEST, "Name the lines to cancel");
        }
        if (closed) {
            throw new RejectedException(NOTHING_TO_CANCEL, "The order is cancelled already");
        }
        List<OrderLine> chosen = command.lineIds().stream().distinct().map(id -> {
            OrderLine line = lines.get(id);
            if (line == null || cancelled.contains(id)) {
                throw new RejectedException(NOTHING_TO_CANCEL, "No open line " + id + " in the order");
            }
            if (!mayCancel(line, clock)) {
                throw new RejectedException(DELIVERY_DATE_REACHED, "The delivery date " + line.deliveryDate()
                        + " of line " + id + " has come");
            }
            return line;
        }).toList();
        cancel(chosen, deadlines);
    }

    /**
     * The portal's access check reads the account a command names; the order is reached by its own id. So the order
     * itself refuses a command whose account is not the one it was placed for: nobody cancels a stranger's order by
     * naming their own account.
     */
    private void requireAccount(String commandAccountId) {
        if (!accountId.equals(commandAccountId)) {
            throw new RejectedException(ACCESS_DENIED, "The order is not an order of the account named");
        }
    }

    /** Nothing charged yet (details or canteen payment missing): the citizen may delete it whatever the dates. */
    private boolean mayCancel(OrderLine line, Clock clock) {
        return awaitingPayment || CanteenCalendar.stillCancellable(line.deliveryDate(), clock);
    }

    private void cancel(List<OrderLine> chosen, DeadlineManager deadlines) {
        boolean refunded = payment == OrderPayment.CANTEEN_CARD && paid;
        boolean orderCancelled = openLines().size() == chosen.size();
        apply(new OrderLinesCancelled(orderId, accountId, placeId, orderId + "-cancellation-" + (cancellations + 1),
                chosen.stream().map(OrderLine::lineId).toList(), payment,
                refunded ? totalOf(chosen) : Money.ZERO, orderCancelled));
        if (orderCancelled) {
            deadlines.cancelAllWithinScope(CHECKOUT_EXPIRY);
            deadlines.cancelAllWithinScope(DELIVERY_CHARGE);
        }
    }

    private List<OrderLine> openLines() {
        return lines.values().stream().filter(l -> !cancelled.contains(l.lineId())).toList();
    }

    private Collection<LocalDate> openDeliveryDates() {
        return new TreeSet<>(openLines().stream().map(OrderLine::deliveryDate).toList());
    }

    private static Money totalOf(Collection<OrderLine> lines) {
        return lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        accountId = event.accountId();
        placeId = event.placeId();
        payment = event.payment();
        cardFee = event.cardFee();
        madeBy = event.madeBy();
        event.lines().forEach(line -> lines.put(line.lineId(), line));
        awaitingPayment = true;
    }

    @EventSourcingHandler
    void on(OrderPaidWithCanteenCard event) {
        awaitingPayment = false;
        paid = true;
    }

    @EventSourcingHandler
    void on(OrderPaymentFailed event) {
        awaitingPayment = false;
        closed = true;
    }

    @EventSourcingHandler
    void on(OrderPaymentCardSaved event) {
        awaitingPayment = false;
        savedCardToken = event.savedCardToken();
    }

    @EventSourcingHandler
    void on(OrderCheckoutExpired event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(DeliveryChargeDue event) {
        chargesInFlight.put(event.deliveryDate(), event);
    }

    @EventSourcingHandler
    void on(DeliveryCharged event) {
        chargesInFlight.remove(event.deliveryDate());
        settledDeliveries.add(event.deliveryDate());
    }

    @EventSourcingHandler
    void on(DeliveryChargeFailed event) {
        chargesInFlight.remove(event.deliveryDate());
        settledDeliveries.add(event.deliveryDate());
    }

    @EventSourcingHandler
    void on(OrderLinesCancelled event) {
        cancelled.addAll(event.lineIds());
        cancellations++;
        if (event.orderCancelled()) {
            closed = true;
        }
    }
}
