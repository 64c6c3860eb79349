package dk.kantinekort.command.subscription;

import static dk.kantinekort.command.TestSeals.sealed;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.subscription.ActivateEnrolment;
import dk.kantinekort.api.subscription.CompleteSubscriptionCharge;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.EnrolmentExpired;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.FailSubscriptionCharge;
import dk.kantinekort.api.subscription.RequestEnrolment;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.subscription.SubscriptionChargeFailed;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.api.subscription.Unenrolled;
import dk.kantinekort.command.webshop.CanteenCalendar;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of an enrolment: each period charged once when it starts, Frameld stops the next, failures kept. */
class EnrolmentTest {

    static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    static final Money FRUIT = Money.ofOre(4_500);
    static final String ENROLMENT = "enrolment-1";
    static final String ACCOUNT = "account-1";
    /** The payment-card fee in force at Tilmeld: 1,00 kr. + 1,25 % (1,56 kr. on 45,00 kr. a week). */
    static final FeeRule CARD_FEE = new FeeRule(100, 125);
    static final Money FRUIT_FEE = Money.ofOre(156);

    AggregateTestFixture<Enrolment> fixture;
    MutableClock clock;

    @BeforeEach
    void fixture() {
        clock = MutableClock.at(MONDAY);
        fixture = new AggregateTestFixture<>(Enrolment.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(dk.kantinekort.command.TestSeals.holderSeal());
    }

    static RequestEnrolment request() {
        return request(CARD_FEE);
    }

    static RequestEnrolment request(FeeRule cardFee) {
        return new RequestEnrolment(ENROLMENT, ACCOUNT, "frugt", "Frugtordning", FRUIT, SubscriptionPeriod.WEEK,
                cardFee);
    }

    static ActivateEnrolment activate() {
        return new ActivateEnrolment(ENROLMENT, "payment-1", "token-1", "Visa", "4925********0004", "12/31");
    }

    static SubscriptionChargeDue due(LocalDate start) {
        return due(start, FRUIT_FEE);
    }

    static SubscriptionChargeDue due(LocalDate start, Money fee) {
        return new SubscriptionChargeDue(ENROLMENT, ACCOUNT, start, start.plusWeeks(1), FRUIT, sealed("token-1"),
                "subscription-" + ENROLMENT + "-" + start, fee);
    }

    @Test
    void everyWeekFallsDueWithTheFeeOfTheRuleCapturedAtTilmeld() {
        FeeRule atTilmeld = new FeeRule(0, 200); // 2 % of 45,00 kr. = 0,90 kr.
        fixture.givenCommands(request(atTilmeld), activate())
                .whenTimeAdvancesTo(CanteenCalendar.startOf(MONDAY.plusWeeks(1)))
                .expectEvents(due(MONDAY, Money.ofOre(90)), due(MONDAY.plusWeeks(1), Money.ofOre(90)));
    }

    @Test
    void anEnrolmentFromBeforeCardFeesIsChargedWithoutAFee() {
        fixture.given(new EnrolmentRequested(ENROLMENT, ACCOUNT, "frugt", "Frugtordning", FRUIT,
                        SubscriptionPeriod.WEEK, clock.instant().plus(Enrolment.CHECKOUT_LIFETIME), null, null))
                .andGivenCommands(activate())
                .whenTimeAdvancesTo(CanteenCalendar.startOf(MONDAY.plusWeeks(1)))
                .expectEvents(due(MONDAY, Money.ZERO), due(MONDAY.plusWeeks(1), Money.ZERO));
    }

    @Test
    void theChargedWeekRecordsTheFeeThatFellDue() {
        fixture.givenCommands(request(), activate())
                .andGiven(due(MONDAY))
                .when(new CompleteSubscriptionCharge(ENROLMENT, MONDAY, "p-1", "c-1"))
                .expectEvents(new SubscriptionPeriodCharged(ENROLMENT, ACCOUNT, "Frugtordning", MONDAY,
                        MONDAY.plusWeeks(1), FRUIT, "subscription-" + ENROLMENT + "-" + MONDAY, "p-1", "c-1",
                        FRUIT_FEE));
    }

    @Test
    void savingTheCardActivatesTheEnrolmentAndChargesTheFirstWeekAtOnce() {
        fixture.givenCommands(request())
                .when(activate())
                .expectEvents(new EnrolmentActivated(ENROLMENT, ACCOUNT, "frugt", MONDAY, sealed("token-1"), "Visa",
                        sealed("4925********0004"), sealed("12/31")))
                .expectScheduledDeadline(clock.instant(), new Enrolment.PeriodStart(MONDAY));
    }

    @Test
    void eachWeekFallsDueOnceWhenItStarts() {
        fixture.givenCommands(request(), activate())
                .whenTimeAdvancesTo(CanteenCalendar.startOf(MONDAY.plusWeeks(1)))
                .expectEvents(due(MONDAY), due(MONDAY.plusWeeks(1)));
    }

    @Test
    void aDueWeekIsChargedOnce() {
        SubscriptionPeriodCharged charged = new SubscriptionPeriodCharged(ENROLMENT, ACCOUNT, "Frugtordning", MONDAY,
                MONDAY.plusWeeks(1), FRUIT, "subscription-" + ENROLMENT + "-" + MONDAY, "p-1", "c-1",
                FRUIT_FEE);
        fixture.givenCommands(request(), activate())
                .andGiven(due(MONDAY), charged)
                .when(new CompleteSubscriptionCharge(ENROLMENT, MONDAY, "p-2", "c-2"))
                .expectNoEvents();
    }

    @Test
    void aRefusedWeekKeepsTheReason() {
        fixture.givenCommands(request(), activate())
                .andGiven(due(MONDAY))
                .when(new FailSubscriptionCharge(ENROLMENT, MONDAY, PaymentDeclineReason.INSUFFICIENT_FUNDS))
                .expectEvents(new SubscriptionChargeFailed(ENROLMENT, ACCOUNT, MONDAY, FRUIT,
                        PaymentDeclineReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void frameldStopsTheFollowingWeeks() {
        fixture.givenCommands(request(), activate())
                .andGiven(due(MONDAY))
                .when(new Unenrol(ACCOUNT, ENROLMENT))
                .expectEvents(new Unenrolled(ENROLMENT, ACCOUNT))
                .expectNoScheduledDeadlines();
    }

    @Test
    void unenrollingAStrangersEnrolmentByNamingOnesOwnAccountIsRefused() {
        fixture.givenCommands(request(), activate())
                .when(new Unenrol("account-of-someone-else", ENROLMENT))
                .expectException(dk.kantinekort.api.error.RejectedException.class)
                .expectExceptionMessage("The enrolment is not an enrolment of the account named")
                .expectNoEvents();
    }

    @Test
    void anEnrolmentWithoutPaymentDetailsExpiresAfterADay() {
        fixture.givenCommands(request())
                .whenTimeAdvancesTo(clock.instant().plus(Enrolment.CHECKOUT_LIFETIME))
                .expectEvents(new EnrolmentExpired(ENROLMENT, ACCOUNT));
    }
}
