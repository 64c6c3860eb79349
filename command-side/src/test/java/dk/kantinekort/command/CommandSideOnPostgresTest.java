package dk.kantinekort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.SchemeId;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.command.payment.reconciliation.PaymentCheckouts;
import dk.kantinekort.command.postgres.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two command-side instances on one real PostgreSQL 16 (compose.yaml's production database; see {@link TestPostgres}
 * for how it runs here without Docker): Flyway migrates the empty database, and the set-based look-ups hold across
 * the instances. Without Axon Server the instances share the event store too (Axon's JDBC engine on the same
 * database), so the look-ups commit in the transaction of their events as in the embedded default.
 */
@Timeout(180)
class CommandSideOnPostgresTest {

    private static TestPostgres postgres;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        postgres = TestPostgres.start();
        postgres.createDatabase("kantinekort");
        one = instance();   // Flyway migrates the empty database
        two = instance();   // finds it migrated
        jdbc = one.getBean(JdbcTemplate.class);
    }

    private static ConfigurableApplicationContext instance() {
        return CommandSideApplication.application().run("--axon.axonserver.enabled=false",
                "--spring.datasource.url=" + postgres.jdbcUrl("kantinekort"),
                "--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=",
                "--server.port=0", CommandSideApplicationTest.MASTER_KEY, CommandSideApplicationTest.HASH_KEY,
                CommandSideApplicationTest.PUBLIC_URL, CommandSideApplicationTest.PSP_SECRET,
                CommandSideApplicationTest.PSP_WEBHOOK, CommandSideApplicationTest.TEMPORARY_CARD_SECRET);
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {two, one}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void flywayMigratesAnEmptyPostgresWithItsOwnVariantsOfTheFirstMigrations() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 16");
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                String.class)).startsWith("1", "2", "3");
        Map<String, String> types = jdbc.query("SELECT table_name || '.' || column_name, data_type FROM "
                        + "information_schema.columns WHERE table_schema = 'public'",
                (rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // Axon's unquoted camelCase names fold to lower case, in its SQL as in ours
        assertThat(types).containsEntry("domainevententry.payload", "bytea")
                .containsEntry("tokenentry.token", "bytea")
                .containsEntry("deadletterentry.diagnostics", "bytea")
                .containsEntry("citizen_keys.wrapped_key", "bytea")
                .containsEntry("relations.requested_at", "timestamp with time zone");
    }

    @Test
    void aCprLinkedThroughOneInstanceIsRefusedOnTheOther() {
        Cpr cpr = randomCpr();
        String owner = "subject-" + UUID.randomUUID();
        String citizenId = asIdentity(one, owner, new LinkIdentity(owner, cpr, cpr, "Forælder", null));
        assertThat(citizenId).isNotBlank();

        String intruder = "subject-" + UUID.randomUUID();
        assertRejected(() -> asIdentity(two, intruder, new LinkIdentity(intruder, cpr, cpr, "Ond", null)),
                RejectionCode.CPR_LINKED_TO_OTHER_IDENTITY);
        // the same person again through instance two is the same citizen
        assertThat((String) asIdentity(two, owner, new LinkIdentity(owner, cpr, cpr, "Forælder", null)))
                .isEqualTo(citizenId);
    }

    @Test
    void aCardIssuedOnOneInstanceBuysThroughTheOther() {
        String placeId = UUID.randomUUID().toString();
        String tillId = "till-" + UUID.randomUUID();
        gateway(one).sendAndWait(new RegisterPlace(placeId, "Gladsaxe Skole", UnitKind.SCHOOL));
        gateway(one).sendAndWait(new IssueTillCredential(placeId, tillId, TillToken.hash("token-" + tillId)));
        CardNumber card = randomCard();
        AccountOpening opening = gateway(one).sendAndWait(new OpenAccountForPerson(randomCpr(), "Anna Testesen",
                null, card, Set.of()));
        gateway(one).sendAndWait(new DepositMoney(opening.accountId(), UUID.randomUUID().toString(),
                Money.ofOre(5_000), DepositMethod.CASH, "test"));

        String purchaseId = UUID.randomUUID().toString();
        PurchaseOutcome outcome = gateway(two).sendAndWait(GenericCommandMessage.asCommandMessage(
                        new PurchaseWithCard(purchaseId, card, tillId,
                                List.of(new PurchaseLine("SKU", "Vare", 1, Money.ofOre(1_250))), Money.ofOre(1_250),
                                "fp-" + purchaseId))
                .andMetaData(Metadata.of(Metadata.till(tillId), Metadata.Channel.TILL, "corr-" + purchaseId)));

        assertThat(outcome).isInstanceOfSatisfying(PurchaseOutcome.Approved.class, approved -> {
            assertThat(approved.accountId()).isEqualTo(opening.accountId());
            assertThat(approved.balanceAfter()).isEqualTo(Money.ofOre(3_750));
        });
        assertThat(jdbc.queryForObject("SELECT account_id FROM purchase_directory WHERE purchase_id = ?",
                String.class, purchaseId)).isEqualTo(opening.accountId());
        // reconciliation's query (FETCH FIRST ? ROWS ONLY) runs on PostgreSQL
        assertThat(two.getBean(PaymentCheckouts.class).openBefore(Instant.now(), 10)).isEmpty();
    }

    @Test
    void concurrentOpeningsOnBothInstancesNeverGiveOneCardNumberTwice() throws Exception {
        List<CardNumber> pool = List.of(randomCard(), randomCard(), randomCard(), randomCard());
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                ConfigurableApplicationContext instance = t % 2 == 0 ? one : two;
                int thread = t;
                all.add(threads.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        CardNumber card = pool.get((thread + i) % pool.size());
                        try {
                            outcomes.add(gateway(instance).sendAndWait(new OpenAccountForPerson(randomCpr(),
                                    "Barn " + thread + "-" + i, null, card, Set.of())));
                        } catch (RuntimeException failure) {
                            outcomes.add(failure);
                        }
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<AccountOpening> opened = outcomes.stream().filter(AccountOpening.class::isInstance)
                .map(AccountOpening.class::cast).toList();
        List<Throwable> failed = outcomes.stream().filter(Throwable.class::isInstance).map(Throwable.class::cast)
                .toList();
        assertThat(opened).hasSizeLessThanOrEqualTo(pool.size()).isNotEmpty()
                .extracting(AccountOpening::cardNumber).doesNotHaveDuplicates();
        assertThat(opened).allMatch(AccountOpening::created);
        assertThat(failed).hasSize(32 - opened.size()).allSatisfy(failure ->
                assertThat(RejectedException.rejectionOf(failure).map(Rejection::code))
                        .as("%s", failure).contains(RejectionCode.CARD_NUMBER_IN_USE));

        // the store agrees: one row per number, and exactly one CardIssued event per number (losers rolled back)
        for (CardNumber card : pool) {
            List<String> owners = jdbc.queryForList("SELECT account_id FROM card_directory WHERE card_number = ?",
                    String.class, card.value());
            assertThat(owners).hasSizeLessThanOrEqualTo(1);
            assertThat(cardIssuedEventsFor(card)).containsExactlyElementsOf(owners);
        }
        assertThat(opened).allSatisfy(o -> assertThat(cardIssuedEventsFor(o.cardNumber()))
                .containsExactly(o.accountId()));
    }

    @Test
    void whenTheCheckCannotSeeTheOtherInstancesNumberYetTheUniqueConstraintRefusesIt() throws Exception {
        CardNumber card = randomCard();
        DataSource dataSource = two.getBean(DataSource.class);
        try (Connection otherInstance = dataSource.getConnection()) {
            // another instance has just written the number and not committed yet: the check on one cannot see it
            otherInstance.setAutoCommit(false);
            try (PreparedStatement insert = otherInstance.prepareStatement(
                    "INSERT INTO card_directory (card_number, account_id) VALUES (?, ?)")) {
                insert.setString(1, card.value());
                insert.setString(2, "account-of-the-other-instance");
                insert.executeUpdate();
            }
            CompletableFuture<Object> opening = gateway(one).send(new OpenAccountForPerson(randomCpr(), "Sen",
                    null, card, Set.of()));
            // one's insert now waits for the other transaction's row
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", Long.class) > 0);
            assertThat(opening).isNotDone();
            otherInstance.commit();

            assertThatThrownBy(opening::join).satisfies(failure -> assertThat(RejectedException.rejectionOf(failure)
                    .map(Rejection::code)).contains(RejectionCode.CARD_NUMBER_IN_USE));
        }
        assertThat(jdbc.queryForList("SELECT account_id FROM card_directory WHERE card_number = ?", String.class,
                card.value())).containsExactly("account-of-the-other-instance");
        assertThat(cardIssuedEventsFor(card)).as("the refused opening's events are rolled back").isEmpty();
    }

    @Test
    void aFeeStaffChangeTwiceIsKeptOnceWithTheLatestValueOnPostgres() {
        gateway(one).sendAndWait(new ChangeFeeSchedule(SchemeId.MUNICIPALITY, DepositMethod.MOBILEPAY, 0, 100));
        gateway(two).sendAndWait(new ChangeFeeSchedule(SchemeId.MUNICIPALITY, DepositMethod.MOBILEPAY, 50, 200));

        assertThat(jdbc.queryForList("SELECT fixed_ore, basis_points FROM scheme_fees WHERE method = 'MOBILEPAY'"))
                .singleElement().satisfies(row -> {
                    assertThat(((Number) row.get("fixed_ore")).longValue()).isEqualTo(50);
                    assertThat(((Number) row.get("basis_points")).intValue()).isEqualTo(200);
                });
    }

    @Test
    void theTrackingProcessorsShareTheirTokensAndTheDeadLettersLiveInPostgres() {
        // auto-top-up and receipts: each segment claimed by one of the two instances, in TokenEntry
        List<Map<String, Object>> tokens = jdbc.queryForList(
                "SELECT processorName, segment, owner FROM TokenEntry WHERE processorName IN ('auto-top-up', 'receipts')");
        assertThat(tokens).extracting(row -> row.get("processorname")).contains("auto-top-up", "receipts");

        @SuppressWarnings("unchecked")
        SequencedDeadLetterQueue<EventMessage<?>> queue = (SequencedDeadLetterQueue<EventMessage<?>>) two
                .getBean(org.axonframework.config.Configuration.class).eventProcessingConfiguration()
                .deadLetterQueue("auto-top-up").orElseThrow();
        String sequence = "account-" + UUID.randomUUID();
        queue.enqueue(sequence, new GenericDeadLetter<>(sequence, GenericEventMessage.asEventMessage("a top-up"),
                new IllegalStateException("provider down")));
        try {
            SequencedDeadLetterQueue<?> seenFromOne = one.getBean(org.axonframework.config.Configuration.class)
                    .eventProcessingConfiguration().deadLetterQueue("auto-top-up").orElseThrow();
            assertThat(seenFromOne.contains(sequence)).isTrue();
            assertThat(jdbc.queryForObject("SELECT causeMessage FROM DeadLetterEntry WHERE sequenceIdentifier = ?",
                    String.class, sequence)).isEqualTo("provider down");
        } finally {
            jdbc.update("DELETE FROM DeadLetterEntry WHERE sequenceIdentifier = ?", sequence);
        }
    }

    private static List<String> cardIssuedEventsFor(CardNumber card) {
        return jdbc.query("SELECT aggregateIdentifier, payload FROM DomainEventEntry WHERE payloadType = ?",
                        (rs, i) -> new String(rs.getBytes(2), StandardCharsets.UTF_8).contains(card.value())
                                ? Optional.of(rs.getString(1)) : Optional.<String>empty(),
                        CardIssued.class.getName())
                .stream().flatMap(Optional::stream).toList();
    }

    private static CommandGateway gateway(ConfigurableApplicationContext instance) {
        return instance.getBean(CommandGateway.class);
    }

    private static <R> R asIdentity(ConfigurableApplicationContext instance, String subject, Object command) {
        return gateway(instance).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.identity(subject), Metadata.Channel.PORTAL, null)));
    }

    private static void assertRejected(Runnable action, RejectionCode code) {
        assertThatThrownBy(action::run).satisfies(failure -> assertThat(RejectedException.rejectionOf(failure))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(code)));
    }

    private static CardNumber randomCard() {
        return new CardNumber(Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L)));
    }

    private static Cpr randomCpr() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Cpr.parse("%02d%02d%02d%04d".formatted(r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(0, 100),
                r.nextInt(10_000)));
    }
}
