package dk.kantinekort.query.audit;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.audit.AccountDifference;
import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The ledger check against the read model the projections keep (mongo-java-server through the real driver). */
@SpringBootTest(classes = QuerySideTestApplication.class, properties = "canteen.audit.recheck-pause=PT0.2S")
class LedgerCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoDatabase readModelDatabase;

    LedgerEvents ledger;
    String first;
    String second;

    @BeforeEach
    void twoAccountsWithMoneyMovements() {
        ledger = new LedgerEvents(eventStore);
        Instant now = Instant.now();
        CardNumber card = newCardNumber();
        first = ledger.openAccount(newId(), "Ida Elev", "0101121234", card, now);
        ledger.deposit(first, 10_000, 10_000, now);
        ledger.account(first, ledger.purchase(first, card, "skole", 1_500, 1, 8_500), now);
        ledger.account(first, new FeeCharged(first, newId(), Money.ofOre(2_500), FeeKind.REPLACEMENT_CARD, "order-1",
                Money.ofOre(6_000)), now);
        second = ledger.openAccount(newId(), "Bo Elev", "0202121234", newCardNumber(), now);
        ledger.deposit(second, 5_000, 5_000, now);
        awaitReadModelBalance(first, 6_000);
        awaitReadModelBalance(second, 5_000);
    }

    @Test
    void aLedgerWhoseReadModelFollowsItsEventsPassesAndItsTotalsBalance() {
        LedgerCheckResult result = check();

        assertThat(result.passed()).as(result.toString()).isTrue();
        assertThat(result.differences()).isEmpty();
        assertThat(result.totals().balanced()).isTrue();
        assertThat(result.totals().moneyIn())
                .isEqualTo(result.totals().moneyOut().plus(result.totals().sumOfBalances()));
        assertThat(result.totals().sumOfReadModelBalances()).isEqualTo(result.totals().sumOfBalances());
        assertThat(result.accountsChecked()).isGreaterThanOrEqualTo(2);
        assertThat(queries.query(new FindLatestLedgerCheck(), LedgerCheckResult.class).join().checkId())
                .isEqualTo(result.checkId());
    }

    @Test
    void aCorruptedReadModelRowIsListedWithBothBalancesAndNothingElseIs() {
        readModelDatabase.getCollection(ReadModelBalances.SUMMARIES)
                .updateOne(Filters.eq("_id", second), Updates.set("balance", 123_456L));
        try {
            LedgerCheckResult result = check();

            assertThat(result.passed()).isFalse();
            assertThat(result.differences()).containsExactly(
                    new AccountDifference(second, Money.ofOre(123_456), Money.ofOre(5_000)));
            assertThat(result.inconsistencies()).isEmpty();
            assertThat(result.totals().balanced()).as("the events themselves still balance").isTrue();
        } finally {
            readModelDatabase.getCollection(ReadModelBalances.SUMMARIES)
                    .updateOne(Filters.eq("_id", second), Updates.set("balance", 5_000L));
        }
    }

    @Test
    void runningACheckIsACommandAnsweredAtOnceAndTheSameIdAgainStartsNoSecondCheck() {
        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
        commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));

        LedgerCheckResult result = queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();
        assertThat(result.checkId()).isEqualTo(checkId);
        assertThat(result.requestedBy()).isEqualTo("auditor:test");
        assertThat(result.trigger()).isEqualTo(LedgerCheckResult.Trigger.ON_DEMAND);
        assertThat(queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join())
                .as("asking again changes nothing and answers the same check").isEqualTo(result);
        assertThat(queries.query(new FindLedgerCheck("no-such-check"), LedgerCheckResult.class).join()).isNull();
    }

    private LedgerCheckResult check() {
        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
        return queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();
    }

    private void awaitReadModelBalance(String accountId, long ore) {
        await().atMost(WAIT).until(() -> queries.query(new FindAccountSummary(accountId), AccountSummary.class).join(),
                s -> s != null && s.balance().ore() == ore);
    }
}
