package dk.kantinekort.query.projection;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.QuerySideTestApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A quick measurement of how many purchases per second both projections absorb; correctness is asserted, the
 * rate is logged. Larger runs: {@code -Dthroughput.purchases=50000 -Dthroughput.backend=h2}; on the embedded
 * default's read-model store (after compiling embedded/readmodel-store):
 * {@code -Dthroughput.backend=dk.kantinekort.embedded.readmodel.ReadModelH2Backend
 * -Dmaven.test.additionalClasspath=$PWD/embedded/readmodel-store/target/classes} (from the root; an absolute path).
 */
@SpringBootTest(classes = QuerySideTestApplication.class)
class ProjectionThroughputTest {

    private static final Logger log = LoggerFactory.getLogger(ProjectionThroughputTest.class);
    private static final int ACCOUNTS = Integer.getInteger("throughput.accounts", 200);
    private static final int PURCHASES = Integer.getInteger("throughput.purchases", 4_000);

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("test.mongo.backend", () -> System.getProperty("throughput.backend", "memory"));
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void bothProjectionsKeepUpWithABurstOfPurchases() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        Instant at = Instant.now();
        List<String> accounts = new ArrayList<>();
        List<CardNumber> cards = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            CardNumber card = newCardNumber();
            String accountId = ledger.openAccount(newId(), "Pupil " + i, "0101101234", card, at);
            ledger.deposit(accountId, 1_000_000, 1_000_000, at);
            accounts.add(accountId);
            cards.add(card);
        }
        awaitProjectionsAtHead(Duration.ofSeconds(60));

        long[] balances = new long[ACCOUNTS];
        java.util.Arrays.fill(balances, 1_000_000);
        List<EventMessage<?>> purchases = new ArrayList<>();
        for (int i = 0; i < PURCHASES; i++) {
            int a = i % ACCOUNTS;
            balances[a] -= 300;
            purchases.add(ledger.message("CardAccount", accounts.get(a),
                    ledger.purchase(accounts.get(a), cards.get(a), "place", 300, 1, balances[a]), at));
        }
        long start = System.nanoTime();
        for (int i = 0; i < purchases.size(); i += 500) {
            ledger.publishAll(purchases.subList(i, Math.min(i + 500, purchases.size())));
        }
        awaitProjectionsAtHead(Duration.ofSeconds(120));
        double seconds = (System.nanoTime() - start) / 1e9;

        log.info("Projected {} purchases ({} accounts, backend {}) into summaries and statements in {} s: {} purchases/s",
                PURCHASES, ACCOUNTS, System.getProperty("throughput.backend", "memory"),
                String.format("%.2f", seconds), Math.round(PURCHASES / seconds));
        for (int a = 0; a < ACCOUNTS; a += Math.max(1, ACCOUNTS / 10)) {
            AccountSummary summary = queryGateway.query(new FindAccountSummary(accounts.get(a)), AccountSummary.class)
                    .join();
            assertThat(summary.balance()).isEqualTo(Money.ofOre(balances[a]));
        }
    }

    private void awaitProjectionsAtHead(Duration atMost) {
        long head = eventStore.createHeadToken().position().orElseThrow();
        await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> ProcessingGroups.ALL.stream()
                .map(name -> processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow())
                .allMatch(p -> p.processingStatus().values().stream()
                        .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)));
    }
}
