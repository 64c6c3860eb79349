package dk.kantinekort.query.proof;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.proof.ChainBreak;
import dk.kantinekort.api.proof.FindStatementProof;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.api.proof.StatementVerification.Outcome;
import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The chain kept as account events arrive, the statement's proof, Bekræft kontoudskrift and the ledger check. */
@SpringBootTest(classes = QuerySideTestApplication.class, properties = "canteen.audit.recheck-pause=PT0.1S")
class StatementChainTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    ChainCollections chain;
    @Autowired
    PublishedChainHeads published;
    @Autowired
    StatementChainProjection projection;
    @Autowired
    CommittedChainHeads committedHeads;

    LedgerEvents ledger;
    CardNumber card;
    String account;

    @BeforeEach
    void anAccountWithADepositAndAPurchase() {
        ledger = new LedgerEvents(eventStore);
        Instant now = Instant.now();
        card = newCardNumber();
        account = ledger.openAccount(newId(), "Ida Elev", "0101121234", card, now);
        ledger.deposit(account, 10_000, 10_000, now);
        ledger.account(account, ledger.purchase(account, card, "skole", 1_500, 1, 8_500), now);
        await().atMost(WAIT).until(() -> chain.head(account).map(ChainEntry::position).orElse(-1L) == 3L);
    }

    @Test
    void everyAccountEventIsChainedInOrderEachEntryLinkingToTheOneBefore() {
        assertThat(chain.entriesFrom(account)).extracting(ChainEntry::position).containsExactly(0L, 1L, 2L, 3L);
        assertThat(chain.entriesFrom(account)).extracting(ChainEntry::hash).doesNotHaveDuplicates();
        assertThat(chain.head(account).orElseThrow().balanceAfter()).isEqualTo(Money.ofOre(8_500));
    }

    @Test
    void aBatchThatRolledBackLeavesNoHeadInMemorySoItsEventIsChainedWhenHandledAgain() {
        String other = newId(); // handled here only, never stored: its chain is removed at the end
        DomainEventMessage<?> first = ledger.message(StoredEvent.ACCOUNT_AGGREGATE, other,
                ledger.purchase(other, card, "skole", 500, 1, 9_500), Instant.now());
        DomainEventMessage<?> second = ledger.message(StoredEvent.ACCOUNT_AGGREGATE, other,
                ledger.purchase(other, card, "skole", 500, 1, 9_000), Instant.now());
        try {
            handleInBatch(first).commit();
            assertThat(committedHeads.head(other)).map(ChainEntry::position).contains(0L);

            handleInBatch(second).rollback();
            assertThat(committedHeads.head(other)).map(ChainEntry::position).contains(0L);
            assertThat(chain.entry(other, 1)).isEmpty();

            handleInBatch(second).commit();
            assertThat(chain.entry(other, 1)).as("handled again, the event is chained, not taken as chained already")
                    .map(ChainEntry::hash).isPresent();
            assertThat(committedHeads.head(other).map(ChainEntry::hash)).isEqualTo(chain.entry(other, 1)
                    .map(ChainEntry::hash)).isEqualTo(chain.head(other).map(ChainEntry::hash));
        } finally {
            chain.entries.deleteMany(Filters.eq(ChainCollections.ACCOUNT_ID, other));
            chain.heads.deleteOne(Filters.eq(ChainCollections.ID, other));
        }
    }

    @Test
    void aStatementEndsAtTheAccountsLastEntryBeforeItsEnd() {
        StatementProof proof = queries.query(new FindStatementProof(account, Instant.now().plusSeconds(60)),
                StatementProof.class).join();

        assertThat(proof.position()).isEqualTo(3);
        assertThat(proof.hash()).isEqualTo(chain.head(account).orElseThrow().hash());
        assertThat(proof.code()).isEqualTo(ChainCode.of(ChainLink.fromHex(proof.hash())));
        assertThat(proof.balanceAfter()).isEqualTo(Money.ofOre(8_500));
        assertThat(queries.query(new FindStatementProof(account, Instant.parse("2000-01-01T00:00:00Z")),
                StatementProof.class).join()).as("nothing before the account existed").isNull();
    }

    @Test
    void theCodeOfAnUnchangedLedgerMatchesAndAWrongHashOrCodeDoesNot() {
        ChainEntry head = chain.head(account).orElseThrow();

        StatementVerification good = verify(head.code(), null);
        assertThat(good.outcome()).isEqualTo(Outcome.MATCHES);
        assertThat(good.accountId()).isEqualTo(account);
        assertThat(good.position()).isEqualTo(3L);
        assertThat(good.balanceAfter()).isEqualTo(Money.ofOre(8_500));
        assertThat(verify(head.code().toLowerCase(), head.hash()).outcome()).isEqualTo(Outcome.MATCHES);
        assertThat(verify(head.code(), "00".repeat(32)).outcome()).isEqualTo(Outcome.STATEMENT_ALTERED);
        assertThat(verify("ZZZZ-ZZZZ-ZZZZ", null).outcome()).isEqualTo(Outcome.UNKNOWN_CODE);
        assertThat(verify("not a code", null).outcome()).isEqualTo(Outcome.UNKNOWN_CODE);
    }

    @Test
    void theLedgerCheckPublishesEveryAccountsHeadOutsideTheStoreAndFindsNoBreakInAnUnchangedLedger() {
        LedgerCheckResult result = check();

        assertThat(result.chainBreaks()).isEmpty();
        PublishedChainHeads.Published report = published.latest().orElseThrow();
        assertThat(report.heads().get(account))
                .isEqualTo(new PublishedChainHeads.Head(3, chain.head(account).orElseThrow().hash()));
        assertThat(verify(chain.head(account).orElseThrow().code(), null).publishedPosition()).isEqualTo(3L);
    }

    @Test
    void aKeptChainThatNoLongerFollowsFromTheStoredEventsIsReportedForExactlyThatAccount() {
        check(); // publishes the heads as they are
        String head = chain.head(account).orElseThrow().hash();
        chain.heads.updateOne(Filters.eq("_id", account), Updates.set(ChainCollections.HASH, "ab".repeat(32)));
        try {
            LedgerCheckResult result = check();

            assertThat(result.passed()).isFalse();
            assertThat(result.chainBreaks()).extracting(ChainBreak::accountId).containsExactly(account);
            assertThat(result.chainBreaks().get(0).against()).isEqualTo(ChainBreak.Against.STORED);
            assertThat(published.latest().orElseThrow().heads().get(account).hash())
                    .as("the events still give the published head").isEqualTo(head);
        } finally {
            chain.heads.updateOne(Filters.eq("_id", account), Updates.set(ChainCollections.HASH, head));
        }
    }

    private UnitOfWork<?> handleInBatch(DomainEventMessage<?> event) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event);
        projection.on(event.getPayload(), event);
        return batch;
    }

    private StatementVerification verify(String code, String hash) {
        return queries.query(new VerifyStatement(code, hash), StatementVerification.class).join();
    }

    private LedgerCheckResult check() {
        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
        return queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();
    }
}
