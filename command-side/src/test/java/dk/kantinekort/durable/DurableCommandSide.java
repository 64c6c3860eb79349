package dk.kantinekort.durable;

import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.command.CommandSideConfiguration;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.FakePaymentProvider;
import dk.kantinekort.command.webshop.MutableClock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real command side (H2 event store, db-scheduler deadlines, tracking processors) on an in-memory database that
 * outlives a stop and start, with a test clock and a fake provider that outlive both too, the way a real provider
 * outlives a restart of the ledger. The package lies outside the command side's component scan, so other tests'
 * contexts never see this clock and provider.
 */
final class DurableCommandSide implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    final MutableClock clock;
    final FakePaymentProvider provider = new FakePaymentProvider();
    private final String database;
    private ConfigurableApplicationContext context;

    DurableCommandSide(String name, MutableClock clock) {
        this.database = name + "-" + UUID.randomUUID();
        this.clock = clock;
    }

    void start() {
        context = new SpringApplicationBuilder(Boot.class)
                .web(WebApplicationType.NONE)
                .properties("db-scheduler.polling-interval=PT0.1S",
                        "canteen.payments.reconciliation-interval=PT1H",
                        "spring.main.banner-mode=off")
                .initializers(created -> {
                    GenericApplicationContext beans = (GenericApplicationContext) created;
                    beans.registerBean("testClock", Clock.class, () -> clock, bean -> bean.setPrimary(true));
                    beans.registerBean("fakePaymentProvider", PaymentProvider.class, () -> provider,
                            bean -> bean.setPrimary(true));
                })
                // an argument, not a default property: the test application.yml names a database shared by all
                .run("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A bean of the running command side (e.g. a scheduled job, run at once). */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <R> R send(Object command) {
        return context.getBean(CommandGateway.class).sendAndWait(command);
    }

    /** How far the checkout has come, as the portal asks it (the answer waits until it leaves PENDING). */
    dk.kantinekort.api.payment.CheckoutProgress progress(String accountId, String checkoutId) {
        return context.getBean(org.axonframework.queryhandling.QueryGateway.class).query(
                new dk.kantinekort.api.payment.FindCheckoutProgress(accountId, checkoutId),
                dk.kantinekort.api.payment.CheckoutProgress.class).join();
    }

    /** The hosted page's provider payment id of a checkout the portal started. */
    String hostedPayment(String accountId, String checkoutId) {
        String page = progress(accountId, checkoutId).hostedPageUrl();
        return page.substring(page.lastIndexOf('/') + 1);
    }

    /** Sent as {@code actor} through {@code channel}, e.g. a citizen through the portal (its access guard applies). */
    <R> R sendAs(String actor, dk.kantinekort.api.meta.Metadata.Channel channel, Object command) {
        return context.getBean(CommandGateway.class).sendAndWait(
                org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(dk.kantinekort.api.meta.Metadata.of(actor, channel, null)));
    }

    /** Just after midnight of {@code date}: the day's deadlines fall due. */
    void dayComes(LocalDate date) {
        clock.moveTo(date, LocalTime.of(0, 0, 1));
    }

    /** Every deadline up to now has run (db-scheduler removes a one-time execution when it is done). */
    void awaitNothingDue() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Integer.class,
                Timestamp.from(clock.instant())) == 0);
    }

    /** The idempotency keys of the provider's charges for an order or enrolment. */
    List<String> chargesOf(String aggregateId) {
        return provider.charges().keySet().stream().filter(key -> key.contains(aggregateId)).toList();
    }

    /** What the provider was asked to charge for an order or enrolment, one request per idempotency key. */
    List<SavedCardChargeRequest> chargeRequestsOf(String aggregateId) {
        return provider.charges().entrySet().stream().filter(e -> e.getKey().contains(aggregateId))
                .map(Map.Entry::getValue).toList();
    }

    /** The aggregate's events of one type, in the order they were stored. */
    <E> List<E> eventsOf(String aggregateId, Class<E> type) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .filter(e -> type.isInstance(e.getPayload())).map(e -> type.cast(e.getPayload())).toList();
    }

    /** The dates of the aggregate's events of one type, in the order they were stored. */
    <E> List<LocalDate> datesOf(String aggregateId, Class<E> type, Function<E, LocalDate> date) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .filter(e -> type.isInstance(e.getPayload()))
                .map(e -> date.apply(type.cast(e.getPayload())))
                .toList();
    }

    static CardNumber randomCard() {
        return new CardNumber(Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L)));
    }
}
