package dk.kantinekort.command.subscription;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.subscription.ActivateEnrolment;
import dk.kantinekort.api.subscription.BeginSubscriptionCharge;
import dk.kantinekort.api.subscription.CompleteSubscriptionCharge;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.EnrolmentExpired;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.FailSubscriptionCharge;
import dk.kantinekort.api.subscription.RecordEnrolmentCheckout;
import dk.kantinekort.api.subscription.RequestEnrolment;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.subscription.SubscriptionChargeFailed;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.command.webshop.CanteenCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An account's enrolment in a subscription plan (F14, Tilmeld / Frameld). Each period is charged once on the saved
 * payment card, when it starts; the next period's deadline is set in the same decision, so a deadline that fires
 * twice (a restart during the run) neither charges twice nor schedules twice. Frameld stops future periods.
 */
@Aggregate
public class Enrolment {

    static final String PERIOD_CHARGE = "subscription-period-charge";
    static final String EXPIRY = "subscription-enrolment-expiry";
    static final Duration CHECKOUT_LIFETIME = Duration.ofDays(1);

    @AggregateIdentifier
    private String enrolmentId;
    private String accountId;
    private String planId;
    private String planName;
    private Money price;
    private SubscriptionPeriod period;
    /** The payment-card fee rule of Tilmeld; null for enrolments from before card fees (no fee). */
    private FeeRule cardFee;
    private EnrolmentStatus status;
    private SealedData savedCardToken;
    private final Map<LocalDate, SubscriptionChargeDue> chargesInFlight = new HashMap<>();
    private final Set<LocalDate> startedPeriods = new HashSet<>();

    /** Payload of the period deadline: the period starting on {@code start}. */
    public record PeriodStart(LocalDate start) {
    }

    /** Payload of the expiry deadline. */
    public record EnrolmentExpiry(String enrolmentId) {
    }

    protected Enrolment() {
        // for Axon
    }

    @CommandHandler
    public Enrolment(RequestEnrolment command, Clock clock, DeadlineManager deadlines,
                     @MetaDataValue(Metadata.ACTOR) String actor) {
        if (command.accountId() == null || command.price() == null || !command.price().isPositive()
                || command.period() == null) {
            throw new RejectedException(INVALID_REQUEST, "An enrolment needs an account, a price and a period");
        }
        Instant expiresAt = clock.instant().plus(CHECKOUT_LIFETIME);
        apply(new EnrolmentRequested(command.enrolmentId(), command.accountId(), command.planId(), command.planName(),
                command.price(), command.period(), expiresAt, command.cardFee(), Metadata.citizenIdOf(actor)));
        deadlines.schedule(expiresAt, EXPIRY, new EnrolmentExpiry(command.enrolmentId()));
    }

    @CommandHandler
    void handle(RecordEnrolmentCheckout command) {
        if (status == EnrolmentStatus.AWAITING_PAYMENT_DETAILS) {
            apply(new PaymentCheckoutCreated(accountId, enrolmentId, command.paymentId(), CheckoutPurpose.SUBSCRIPTION,
                    Money.ZERO, command.hostedPageUrl()));
        }
    }

    /** The card is saved: the first period starts today and is charged at once. */
    @CommandHandler
    void handle(ActivateEnrolment command, Clock clock, DeadlineManager deadlines, AccountHolderSeal seal) {
        if (status != EnrolmentStatus.AWAITING_PAYMENT_DETAILS) {
            return; // active already (a repeated webhook), or ended or expired before the card came
        }
        LocalDate today = CanteenCalendar.today(clock);
        apply(new EnrolmentActivated(enrolmentId, accountId, planId, today,
                seal.seal(accountId, command.savedCardToken()), command.cardBrand(),
                seal.seal(accountId, command.maskedPan()), seal.seal(accountId, command.cardExpiry())));
        deadlines.cancelAllWithinScope(EXPIRY);
        deadlines.schedule(clock.instant(), PERIOD_CHARGE, new PeriodStart(today));
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void expire(EnrolmentExpiry expiry) {
        if (status == EnrolmentStatus.AWAITING_PAYMENT_DETAILS) {
            apply(new EnrolmentExpired(enrolmentId, accountId));
        }
    }

    /** A period has started: it falls due once, and the next one is scheduled. */
    @DeadlineHandler(deadlineName = PERIOD_CHARGE)
    void periodStarted(PeriodStart start, DeadlineManager deadlines) {
        if (status != EnrolmentStatus.ACTIVE || startedPeriods.contains(start.start())) {
            return;
        }
        LocalDate end = period == SubscriptionPeriod.WEEK ? start.start().plusWeeks(1) : start.start().plusMonths(1);
        apply(new SubscriptionChargeDue(enrolmentId, accountId, start.start(), end, price, savedCardToken,
                "subscription-" + enrolmentId + "-" + start.start(),
                cardFee == null ? Money.ZERO : cardFee.feeFor(price)));
        deadlines.schedule(CanteenCalendar.startOf(end), PERIOD_CHARGE, new PeriodStart(end));
    }

    @CommandHandler
    boolean handle(BeginSubscriptionCharge command) {
        return chargesInFlight.containsKey(command.periodStart());
    }

    @CommandHandler
    void handle(CompleteSubscriptionCharge command) {
        SubscriptionChargeDue due = chargesInFlight.get(command.periodStart());
        if (due != null) {
            apply(new SubscriptionPeriodCharged(enrolmentId, accountId, planName, due.periodStart(), due.periodEnd(),
                    due.amount(), due.chargeKey(), command.paymentId(), command.chargeId(), due.fee()));
        }
    }

    @CommandHandler
    void handle(FailSubscriptionCharge command) {
        SubscriptionChargeDue due = chargesInFlight.get(command.periodStart());
        if (due != null) {
            apply(new SubscriptionChargeFailed(enrolmentId, accountId, due.periodStart(), due.amount(),
                    command.reason()));
        }
    }

    /** Frameld: no period after this one is charged; the current one, if already due, is still paid for. */
    @CommandHandler
    void handle(Unenrol command, DeadlineManager deadlines) {
        // reached by its own id, access-checked by the account it names: only the enrolment's own account counts
        if (!accountId.equals(command.accountId())) {
            throw new RejectedException(ACCESS_DENIED, "The enrolment is not an enrolment of the account named");
        }
        if (status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.AWAITING_PAYMENT_DETAILS) {
            apply(new Unenrolled(enrolmentId, accountId));
            deadlines.cancelAllWithinScope(PERIOD_CHARGE);
            deadlines.cancelAllWithinScope(EXPIRY);
        }
    }

    @EventSourcingHandler
    void on(EnrolmentRequested event) {
        enrolmentId = event.enrolmentId();
        accountId = event.accountId();
        planId = event.planId();
        planName = event.planName();
        price = event.price();
        period = event.period();
        cardFee = event.cardFee();
        status = EnrolmentStatus.AWAITING_PAYMENT_DETAILS;
    }

    @EventSourcingHandler
    void on(EnrolmentActivated event) {
        status = EnrolmentStatus.ACTIVE;
        savedCardToken = event.savedCardToken();
    }

    @EventSourcingHandler
    void on(EnrolmentExpired event) {
        status = EnrolmentStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(Unenrolled event) {
        status = EnrolmentStatus.ENDED;
    }

    @EventSourcingHandler
    void on(SubscriptionChargeDue event) {
        startedPeriods.add(event.periodStart());
        chargesInFlight.put(event.periodStart(), event);
    }

    @EventSourcingHandler
    void on(SubscriptionPeriodCharged event) {
        chargesInFlight.remove(event.periodStart());
    }

    @EventSourcingHandler
    void on(SubscriptionChargeFailed event) {
        chargesInFlight.remove(event.periodStart());
    }
}
