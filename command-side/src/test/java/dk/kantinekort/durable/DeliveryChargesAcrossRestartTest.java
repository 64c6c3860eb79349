package dk.kantinekort.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.OpenCardAccount;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.OrderCheckout;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.command.CommandSideConfiguration;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.webshop.CanteenCalendar;
import dk.kantinekort.command.webshop.FakePaymentProvider;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
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
 * F15 scheduling end to end on the real command side (H2 event store, db-scheduler deadlines, tracking processors):
 * a lunch Monday to Friday paid by payment card is charged day by day as a test clock moves; Thursday is cancelled
 * on Tuesday; the command side is stopped and started again between Tuesday and Wednesday, with the provider down
 * for the first attempt after the restart; exactly four charges are made.
 *
 * <p>The provider is {@link FakePaymentProvider}, not the app's simulator: the command side must not depend on
 * module app, and the fake outlives both application contexts the way a real provider outlives a restart of the
 * ledger, honouring idempotency keys as Nexi documents them. The package lies outside the command side's component
 * scan, so other tests' contexts never see this test's clock and provider.
 */
class DeliveryChargesAcrossRestartTest {

    static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    static final MutableClock CLOCK = MutableClock.at(MONDAY.minusDays(3));
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

    final String database = "webshop-" + UUID.randomUUID();
    ConfigurableApplicationContext commandSide;

    @AfterEach
    void stop() {
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    void aFiveDayOrderIsChargedDayByDay_aCancelledDayNever_andARestartNeitherSkipsNorDoubles() {
        commandSide = start();
        String accountId = UUID.randomUUID().toString();
        String productId = "frokost-" + UUID.randomUUID();
        String orderId = UUID.randomUUID().toString();
        send(new OpenCardAccount(accountId, UUID.randomUUID().toString(), "Elev", randomCard(), null));
        send(new OfferProduct(productId, "gladsaxe-skole", "FROKOST", "Frokost",
                Money.ofOre(3_500), IntStream.range(0, 5).mapToObj(MONDAY::plusDays).toList()));

        OrderCheckout checkout = send(new CheckOutBasket(accountId, orderId, "gladsaxe-skole",
                List.of(new BasketItem(productId, 1)), OrderPayment.PAYMENT_CARD, new PaymentPageLinks(
                "https://portal.example/webshop/kvittering", "https://portal.example/webshop",
                "https://portal.example/vilkaar")));
        assertThat(checkout.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT_DETAILS);
        assertThat(checkout.total()).isEqualTo(Money.ofOre(17_500));
        String paymentId = checkout.hostedPageUrl().substring(checkout.hostedPageUrl().lastIndexOf('/') + 1);
        send(new ConfirmPayment(paymentId));

        dayComes(MONDAY);
        awaitCharges(orderId, 1);
        dayComes(MONDAY.plusDays(1));
        awaitCharges(orderId, 2);
        send(new CancelOrderLines(accountId, orderId, List.of("FROKOST-" + MONDAY.plusDays(3))));

        commandSide.close();
        PROVIDER.unreachableFor(1);
        commandSide = start();

        dayComes(MONDAY.plusDays(2));
        awaitCharges(orderId, 3);
        dayComes(MONDAY.plusDays(3));
        awaitNothingDue();
        assertThat(chargesOf(orderId)).hasSize(3);
        dayComes(MONDAY.plusDays(4));
        awaitCharges(orderId, 4);

        assertThat(chargesOf(orderId)).containsExactlyInAnyOrder("webshop-" + orderId + "-" + MONDAY,
                "webshop-" + orderId + "-" + MONDAY.plusDays(1), "webshop-" + orderId + "-" + MONDAY.plusDays(2),
                "webshop-" + orderId + "-" + MONDAY.plusDays(4));
        assertThat(deliveriesChargedOn(orderId)).as("each delivery recorded once")
                .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(4));
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

    private void awaitCharges(String orderId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveriesChargedOn(orderId)).hasSize(count));
        assertThat(chargesOf(orderId)).hasSize(count);
    }

    /** Every deadline up to now has run (db-scheduler removes a one-time execution when it is done). */
    private void awaitNothingDue() {
        JdbcTemplate jdbc = commandSide.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Integer.class,
                java.sql.Timestamp.from(CLOCK.instant())) == 0);
    }

    private List<String> chargesOf(String orderId) {
        return PROVIDER.charges().keySet().stream().filter(key -> key.contains(orderId)).toList();
    }

    private List<LocalDate> deliveriesChargedOn(String orderId) {
        return commandSide.getBean(EventStore.class).readEvents(orderId).asStream()
                .filter(e -> e.getPayload() instanceof DeliveryCharged)
                .map(e -> ((DeliveryCharged) e.getPayload()).deliveryDate())
                .toList();
    }

    private <R> R send(Object command) {
        return commandSide.getBean(CommandGateway.class).sendAndWait(command);
    }

    private static CardNumber randomCard() {
        return new CardNumber(Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L)));
    }

    static {
        // the zone the canteens count days in, whatever the machine's
        assertThat(CanteenCalendar.ZONE.getId()).isEqualTo("Europe/Copenhagen");
    }
}
