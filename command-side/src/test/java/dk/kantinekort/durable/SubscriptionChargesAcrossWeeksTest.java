package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.SchemeId;
import dk.kantinekort.api.subscription.EnrolmentActivated;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F14 scheduling end to end on the real command side (H2 event store, db-scheduler deadlines, tracking processors):
 * a weekly plan is charged for its first week when the card is saved and for each week after as a test clock moves,
 * across a restart of the command side; after Frameld no week is charged again. Every week is charged the price plus
 * the card fee in force at Tilmeld, also after staff changed the fee schedule.
 */
class SubscriptionChargesAcrossWeeksTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2030, 4, 3);
    static final MutableClock CLOCK = MutableClock.at(WEDNESDAY);
    final DurableCommandSide commandSide = new DurableCommandSide("subscriptions", CLOCK);

    @AfterEach
    void stop() {
        commandSide.close();
    }

    @Test
    void aWeeklyPlanIsChargedEachWeekWithTheTilmeldFeeAcrossARestart_andNeverAfterFrameld() {
        CLOCK.moveTo(WEDNESDAY, LocalTime.of(9, 0));
        commandSide.start();
                String planId = "frugt-" + UUID.randomUUID();
        String enrolmentId = UUID.randomUUID().toString();
        // a person registered with a data key of their own: the saved card is sealed with it
        String accountId = commandSide.<AccountOpening>send(new OpenAccountForPerson(Cpr.parse("0101904"
                + String.format("%03d", (int) (Math.random() * 1000))), "Kortholder", null,
                DurableCommandSide.randomCard(), null)).accountId();
        commandSide.send(new OfferPlan(planId, "Frugtordning", "Et stykke frugt hver skoledag", Money.ofOre(4_500),
                SubscriptionPeriod.WEEK, List.of("gladsaxe-skole")));

        commandSide.send(new StartEnrolment(accountId, enrolmentId, planId, "forælder@example.dk",
                new PaymentPageLinks("https://portal.example/abonnementer/tilmelding",
                        "https://portal.example/abonnementer", "https://portal.example/betingelser")));
        String paymentId = commandSide.hostedPayment(accountId, enrolmentId);
        commandSide.send(new ConfirmPayment(paymentId));
        // the confirmation is a signal: the payment-confirmation process activates the enrolment a moment later
        await().atMost(DurableCommandSide.PATIENCE)
                .until(() -> !commandSide.eventsOf(enrolmentId, EnrolmentActivated.class).isEmpty());
        CLOCK.advance(Duration.ofSeconds(1)); // the first week falls due the moment the card is saved
        awaitPeriodsCharged(enrolmentId, 1);
        // staff change the card fee: the enrolment keeps 1,00 kr. + 1,25 % (1,56 kr. on 45,00 kr.)
        commandSide.send(new ChangeFeeSchedule(SchemeId.MUNICIPALITY, DepositMethod.PAYMENT_CARD, 0, 500));

        commandSide.dayComes(WEDNESDAY.plusWeeks(1));
        awaitPeriodsCharged(enrolmentId, 2);

        commandSide.close();
        commandSide.start();
        commandSide.dayComes(WEDNESDAY.plusWeeks(2));
        awaitPeriodsCharged(enrolmentId, 3);

        commandSide.send(new Unenrol(accountId, enrolmentId));
        commandSide.dayComes(WEDNESDAY.plusWeeks(3));
        commandSide.awaitNothingDue();

        assertThat(periodsCharged(enrolmentId)).containsExactly(WEDNESDAY, WEDNESDAY.plusWeeks(1),
                WEDNESDAY.plusWeeks(2));
        assertThat(commandSide.chargesOf(enrolmentId)).containsExactlyInAnyOrder(
                "subscription-" + enrolmentId + "-" + WEDNESDAY,
                "subscription-" + enrolmentId + "-" + WEDNESDAY.plusWeeks(1),
                "subscription-" + enrolmentId + "-" + WEDNESDAY.plusWeeks(2));
        assertThat(commandSide.chargeRequestsOf(enrolmentId)).as("the card is charged the price plus the Tilmeld fee")
                .hasSize(3).allSatisfy(request -> {
                    assertThat(request.amountOre()).isEqualTo(4_500);
                    assertThat(request.feeOre()).isEqualTo(156);
                    assertThat(request.totalOre()).isEqualTo(4_656);
                });
        assertThat(commandSide.eventsOf(enrolmentId, SubscriptionPeriodCharged.class))
                .extracting(SubscriptionPeriodCharged::fee).containsOnly(Money.ofOre(156));
    }

    private void awaitPeriodsCharged(String enrolmentId, int count) {
        await().atMost(DurableCommandSide.PATIENCE)
                .untilAsserted(() -> assertThat(periodsCharged(enrolmentId)).hasSize(count));
        assertThat(commandSide.chargesOf(enrolmentId)).hasSize(count);
    }

    private List<LocalDate> periodsCharged(String enrolmentId) {
        return commandSide.datesOf(enrolmentId, SubscriptionPeriodCharged.class, SubscriptionPeriodCharged::periodStart);
    }
}
