package dk.kantinekort.query.transfer;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.api.transfer.FindTransfer;
import dk.kantinekort.api.transfer.TransferCredited;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferReversed;
import dk.kantinekort.api.transfer.TransferState;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Overfør on the read side: both statements show the transfer, the balances follow, the portal sees its state. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class TransferReadModelsTest {

    static final Instant DAY_1 = Instant.parse("2025-03-01T08:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;

    LedgerEvents ledger;
    String parent;
    String child;

    @BeforeEach
    void openAccounts() {
        ledger = new LedgerEvents(eventStore);
        parent = ledger.openAccount(newId(), "Christian Harms", "2701821234", newCardNumber(), DAY_1);
        child = ledger.openAccount(newId(), "Test Harms Relation", "0909154234", newCardNumber(), DAY_1);
        ledger.deposit(parent, 10_000, 10_000, DAY_1);
    }

    @Test
    void aCompletedTransferIsOnBothStatementsAndMovesBothBalances() {
        String transferId = newId();
        ledger.account(parent, new TransferDebited(parent, transferId, child, Money.ofOre(2_500), Money.ofOre(7_500)),
                DAY_1.plusSeconds(60));
        ledger.account(child, new TransferCredited(child, transferId, parent, Money.ofOre(2_500), Money.ofOre(2_500)),
                DAY_1.plusSeconds(61));

        TransferView view = await().atMost(WAIT).until(() -> transfer(transferId),
                t -> t != null && t.state() == TransferState.COMPLETED);
        assertThat(view.fromAccountId()).isEqualTo(parent);
        assertThat(view.toAccountId()).isEqualTo(child);
        assertThat(view.amount()).isEqualTo(Money.ofOre(2_500));

        assertThat(awaitStatement(parent, 2).rows()).extracting(StatementRow::type, r -> r.amount().ore(),
                        StatementRow::balanceAfter, StatementRow::text)
                .contains(tuple(StatementRowType.TRANSFER_OUT, -2_500L, Money.ofOre(7_500), child));
        assertThat(awaitStatement(child, 1).rows()).extracting(StatementRow::type, r -> r.amount().ore(),
                        StatementRow::balanceAfter, StatementRow::text)
                .containsExactly(tuple(StatementRowType.TRANSFER_IN, 2_500L, Money.ofOre(2_500), parent));
        await().atMost(WAIT).until(() -> balance(parent), Money.ofOre(7_500)::equals);
        await().atMost(WAIT).until(() -> balance(child), Money.ofOre(2_500)::equals);
    }

    @Test
    void aReversedTransferShowsTheDebitAndItsReturnOnTheSourceAndNothingOnTheDestination() {
        String transferId = newId();
        ledger.account(parent, new TransferDebited(parent, transferId, child, Money.ofOre(2_500), Money.ofOre(7_500)),
                DAY_1.plusSeconds(60));
        ledger.account(parent, new TransferReversed(parent, transferId, child, Money.ofOre(2_500),
                RejectionCode.ACCOUNT_BLOCKED, Money.ofOre(10_000)), DAY_1.plusSeconds(61));

        TransferView view = await().atMost(WAIT).until(() -> transfer(transferId),
                t -> t != null && t.state() == TransferState.REVERSED);
        assertThat(view.reason()).isEqualTo(RejectionCode.ACCOUNT_BLOCKED);
        assertThat(awaitStatement(parent, 3).rows()).extracting(StatementRow::type, r -> r.amount().ore())
                .containsExactly(tuple(StatementRowType.DEPOSIT, 10_000L), tuple(StatementRowType.TRANSFER_OUT, -2_500L),
                        tuple(StatementRowType.TRANSFER_REVERSED, 2_500L));
        assertThat(statement(child).rows()).isEmpty();
        await().atMost(WAIT).until(() -> balance(parent), Money.ofOre(10_000)::equals);
    }

    @Test
    void aTransferNotYetCreditedIsPending() {
        String transferId = newId();
        ledger.account(parent, new TransferDebited(parent, transferId, child, Money.ofOre(100), Money.ofOre(9_900)),
                DAY_1.plusSeconds(60));
        assertThat(await().atMost(WAIT).until(() -> transfer(transferId), t -> t != null).state())
                .isEqualTo(TransferState.PENDING);
    }

    private TransferView transfer(String transferId) {
        return queries.query(new FindTransfer(transferId), TransferView.class).join();
    }

    private Money balance(String accountId) {
        AccountSummary summary = queries.query(new FindAccountSummary(accountId), AccountSummary.class).join();
        return summary == null ? null : summary.balance();
    }

    private Statement statement(String accountId) {
        return queries.query(new FindStatement(accountId, DAY_1.minusSeconds(3_600), DAY_1.plusSeconds(86_400)),
                Statement.class).join();
    }

    private Statement awaitStatement(String accountId, int rows) {
        return await().atMost(WAIT).until(() -> statement(accountId), s -> s.rows().size() >= rows);
    }
}
