package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.OpenCardAccount;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentCheckout;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.command.CommandSideConfiguration;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.webshop.FakePaymentProvider;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * F14 scheduling end to end on the real command side (H2 event store, db-scheduler deadlines, tracking processors):
 * a weekly plan is charged for its first week when the card is saved and for each week after as a test clock moves,
 * across a restart of the command side; after Frameld no week is charged again.
 */
class SubscriptionChargesAcrossWeeksTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2030, 4, 3);
    static final MutableClock CLOCK = MutableClock.at(WEDNESDAY);
    static final FakePaymentProvider PROVIDER = new FakePaymentProvider();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }

        @Bean
        @Primary
        PaymentProvider fakePaymentProvider() {
            return PROVIDER;
        }
    }

    final String database = "subscriptions-" + UUID.randomUUID();
    ConfigurableApplicationContext commandSide;

    @AfterEach
    void stop() {
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    void aWeeklyPlanIsChargedEachWeekAcrossARestart_andNeverAfterFrameld() {
        CLOCK.moveTo(WEDNESDAY, LocalTime.of(9, 0));
        commandSide = start();
        String accountId = UUID.randomUUID().toString();
        String planId = "frugt-" + UUID.randomUUID();
        String enrolmentId = UUID.randomUUID().toString();
        send(new OpenCardAccount(accountId, UUID.randomUUID().toString(), "Elev", randomCard(), null));
        send(new OfferPlan(planId, "Frugtordning", "Et stykke frugt hver skoledag", Money.ofOre(4_500),
                SubscriptionPeriod.WEEK, List.of("gladsaxe-skole")));

        PaymentCheckout checkout = send(new StartEnrolment(accountId, enrolmentId, planId, "forælder@example.dk",
                new PaymentPageLinks("https://portal.example/abonnementer/tilmelding",
                        "https://portal.example/abonnementer", "https://portal.example/betingelser")));
        String paymentId = checkout.hostedPageUrl().substring(checkout.hostedPageUrl().lastIndexOf('/') + 1);
        send(new ConfirmPayment(paymentId));
        CLOCK.advance(Duration.ofSeconds(1)); // the first week falls due the moment the card is saved
        awaitPeriodsCharged(enrolmentId, 1);

        dayComes(WEDNESDAY.plusWeeks(1));
        awaitPeriodsCharged(enrolmentId, 2);

        commandSide.close();
        commandSide = start();
        dayComes(WEDNESDAY.plusWeeks(2));
        awaitPeriodsCharged(enrolmentId, 3);

        send(new Unenrol(accountId, enrolmentId));
        dayComes(WEDNESDAY.plusWeeks(3));
        awaitNothingDue();

        assertThat(periodsCharged(enrolmentId)).containsExactly(WEDNESDAY, WEDNESDAY.plusWeeks(1),
                WEDNESDAY.plusWeeks(2));
        assertThat(chargesOf(enrolmentId)).containsExactlyInAnyOrder(
                "subscription-" + enrolmentId + "-" + WEDNESDAY,
                "subscription-" + enrolmentId + "-" + WEDNESDAY.plusWeeks(1),
                "subscription-" + enrolmentId + "-" + WEDNESDAY.plusWeeks(2));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Boot.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                        "db-scheduler.polling-interval=PT0.1S",
                        "canteen.payments.reconciliation-interval=PT1H",
                        "spring.main.banner-mode=off")
                .run();
    }

    private void dayComes(LocalDate date) {
        CLOCK.moveTo(date, LocalTime.of(0, 0, 1));
    }

    private void awaitPeriodsCharged(String enrolmentId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(periodsCharged(enrolmentId)).hasSize(count));
        assertThat(chargesOf(enrolmentId)).hasSize(count);
    }

    /** Every deadline up to now has run (db-scheduler removes a one-time execution when it is done). */
    private void awaitNothingDue() {
        JdbcTemplate jdbc = commandSide.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Integer.class,
                java.sql.Timestamp.from(CLOCK.instant())) == 0);
    }

    private List<String> chargesOf(String enrolmentId) {
        return PROVIDER.charges().keySet().stream().filter(key -> key.contains(enrolmentId)).toList();
    }

    private List<LocalDate> periodsCharged(String enrolmentId) {
        return commandSide.getBean(EventStore.class).readEvents(enrolmentId).asStream()
                .filter(e -> e.getPayload() instanceof SubscriptionPeriodCharged)
                .map(e -> ((SubscriptionPeriodCharged) e.getPayload()).periodStart())
                .toList();
    }

    private <R> R send(Object command) {
        return commandSide.getBean(CommandGateway.class).sendAndWait(command);
    }

    private static CardNumber randomCard() {
        return new CardNumber(Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L)));
    }
}
