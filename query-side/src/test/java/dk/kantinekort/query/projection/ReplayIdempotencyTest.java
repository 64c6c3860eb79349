package dk.kantinekort.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.QuerySideTestApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replaying the whole event stream (a token reset) leaves every read model exactly as it was. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class ReplayIdempotencyTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase readModelDatabase;

    @Test
    void aReplayNeitherDoublesRowsNorChangesBalances() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CardNumber card = newCardNumber();
        CardNumber replacement = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Christian Harms", "2701821234", card, at);
        ledger.deposit(accountId, 6_500, 6_500, at);
        for (int i = 1; i <= 5; i++) {
            ledger.account(accountId, ledger.purchase(accountId, card, "p", 300, 1, 6_500 - 300L * i), at);
        }
        ledger.account(accountId, new PurchaseDeclined(accountId, newId(), card, "p", "till-1", Money.ofOre(9_000),
                DeclineReason.INSUFFICIENT_FUNDS), at);
        ledger.account(accountId, new ReplacementCardProduced(accountId, newId(), card, replacement), at);
        await().atMost(Duration.ofSeconds(10)).until(() -> statementRows(accountId).size() == 7
                && summary(accountId) != null && replacement.value().equals(summary(accountId).currentCardNumber()));
        AccountSummary summaryBefore = summary(accountId);
        Statement statementBefore = statement(accountId, at);
        List<Document> rowsBefore = statementRows(accountId);

        replayEverything();

        assertThat(statementRows(accountId)).isEqualTo(rowsBefore);
        assertThat(summary(accountId)).isEqualTo(summaryBefore);
        assertThat(summary(accountId).balance()).isEqualTo(Money.ofOre(5_000));
        assertThat(summary(accountId).formerCardNumbers()).containsExactly(card.value());
        assertThat(statement(accountId, at)).isEqualTo(statementBefore);
    }

    @Test
    void theProjectionsKeepTheirTokensInTheReadModelDatabase() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                readModelDatabase.getCollection(ProjectionProcessing.TOKEN_COLLECTION)
                        .distinct("processorName", String.class).into(new ArrayList<>()))
                .containsAll(ProcessingGroups.ALL));
    }

    private void replayEverything() {
        List<TrackingEventProcessor> processors = ProcessingGroups.ALL.stream()
                .map(name -> processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow())
                .toList();
        processors.forEach(TrackingEventProcessor::shutDown);
        processors.forEach(TrackingEventProcessor::resetTokens);
        processors.forEach(TrackingEventProcessor::start);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.stream().allMatch(this::doneReplaying));
    }

    private boolean doneReplaying(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        // Axon calls it a replay until an event after the reset point arrives; done means the reset point was reached.
        return !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp()
                && s.getCurrentPosition().orElse(-1) >= s.getResetPosition().orElse(-1));
    }

    private List<Document> statementRows(String accountId) {
        return readModelDatabase.getCollection("statement_rows").find(Filters.eq("accountId", accountId))
                .sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private AccountSummary summary(String accountId) {
        return queryGateway.query(new FindAccountSummary(accountId), AccountSummary.class).join();
    }

    private Statement statement(String accountId, Instant at) {
        return queryGateway.query(new FindStatement(accountId, at.minusSeconds(60), at.plusSeconds(60)),
                Statement.class).join();
    }
}
