package dk.kantinekort.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockAccount;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.UnblockAccount;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.api.transfer.FindTransfer;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferMoney;
import dk.kantinekort.api.transfer.TransferState;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Overfør against the whole embedded default, sent as the portal sends it (actor {@code citizen:<id>}, channel
 * PORTAL). Demo data: Christian (65,00 kr.) is linked to "Test Harms Relation" (10,00 kr.); Anna is on her own.
 */
class TransfersEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static CommandGateway commands;
    static QueryGateway queries;

    @BeforeAll
    static void start() {
        commands = running.app().core().getBean(CommandGateway.class);
        queries = running.app().core().getBean(QueryGateway.class);
    }

    @Test
    void aParentsTransferToAChildsCardArrivesOnceEvenOnADoubleClickAndBothStatementsShowIt() {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        AccountSummary from = awaitAccount(DemoData.CHRISTIAN_CARD);
        AccountSummary to = awaitAccount(DemoData.RELATION_CARD);
        String transferId = UUID.randomUUID().toString();
        TransferMoney transfer = new TransferMoney(from.accountId(), transferId, to.accountId(), Money.ofOre(1_000));

        // the double click: the same transfer twice at once
        CompletableFuture<Object> first = asCitizenAsync(christian, transfer);
        CompletableFuture<Object> second = asCitizenAsync(christian, transfer);
        CompletableFuture.allOf(first, second).join();

        TransferView done = await().atMost(WAIT).until(() -> transfer(transferId),
                t -> t != null && t.state() == TransferState.COMPLETED);
        assertThat(done.amount()).isEqualTo(Money.ofOre(1_000));
        await().atMost(WAIT).until(() -> account(DemoData.CHRISTIAN_CARD).balance(),
                from.balance().minus(Money.ofOre(1_000))::equals);
        await().atMost(WAIT).until(() -> account(DemoData.RELATION_CARD).balance(),
                to.balance().plus(Money.ofOre(1_000))::equals);
        assertThat(running.app().core().getBean(EventStore.class).readEvents(from.accountId()).asStream()
                .filter(e -> e.getPayload() instanceof TransferDebited d && d.transferId().equals(transferId)))
                .as("debited once").hasSize(1);

        assertThat(await().atMost(WAIT).until(() -> rowsOf(from.accountId(), transferId), rows -> !rows.isEmpty()))
                .extracting(StatementRow::type, r -> r.amount().ore(), StatementRow::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StatementRowType.TRANSFER_OUT, -1_000L,
                        to.accountId()));
        assertThat(await().atMost(WAIT).until(() -> rowsOf(to.accountId(), transferId), rows -> !rows.isEmpty()))
                .extracting(StatementRow::type, r -> r.amount().ore(), StatementRow::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StatementRowType.TRANSFER_IN, 1_000L,
                        from.accountId()));
        assertLedgerBalanced();
    }

    @Test
    void aTransferToABlockedAccountIsGivenBackAndTheSourceKeepsItsMoney() {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        AccountSummary to = awaitAccount(DemoData.RELATION_CARD);
        // the whole account, by staff: a lost card blocked as a card leaves the account open for money (record 21)
        asAdmin(new BlockAccount(to.accountId(), null));
        await().atMost(WAIT).until(() -> account(DemoData.RELATION_CARD).status(), AccountStatus.BLOCKED::equals);
        try {
            AccountSummary from = account(DemoData.CHRISTIAN_CARD);
            String transferId = UUID.randomUUID().toString();
            asCitizen(christian, new TransferMoney(from.accountId(), transferId, to.accountId(), Money.ofOre(500)));

            TransferView given = await().atMost(WAIT).until(() -> transfer(transferId),
                    t -> t != null && t.state() == TransferState.REVERSED);
            assertThat(given.reason()).isEqualTo(RejectionCode.ACCOUNT_BLOCKED);
            await().atMost(WAIT).until(() -> account(DemoData.CHRISTIAN_CARD).balance(), from.balance()::equals);
            assertThat(await().atMost(WAIT).until(() -> rowsOf(from.accountId(), transferId), rows -> rows.size() == 2))
                    .extracting(StatementRow::type, r -> r.amount().ore())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(StatementRowType.TRANSFER_OUT, -500L),
                            org.assertj.core.groups.Tuple.tuple(StatementRowType.TRANSFER_REVERSED, 500L));
            assertThat(rowsOf(to.accountId(), transferId)).as("nothing arrived").isEmpty();
            assertThat(account(DemoData.RELATION_CARD).balance()).isEqualTo(to.balance());
            assertLedgerBalanced();
        } finally {
            asAdmin(new UnblockAccount(to.accountId()));
            await().atMost(WAIT).until(() -> account(DemoData.RELATION_CARD).status(), AccountStatus.ACTIVE::equals);
        }
    }

    @Test
    void aCitizenCannotTransferToOrFromAnAccountTheyMayNotActOn() {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        AccountSummary christians = awaitAccount(DemoData.CHRISTIAN_CARD);
        AccountSummary annas = awaitAccount(DemoData.ANNA_CARD);
        assertRejected(() -> asCitizen(christian, new TransferMoney(christians.accountId(), UUID.randomUUID().toString(),
                annas.accountId(), Money.ofOre(100))), RejectionCode.ACCESS_DENIED);
        assertRejected(() -> asCitizen(christian, new TransferMoney(annas.accountId(), UUID.randomUUID().toString(),
                christians.accountId(), Money.ofOre(100))), RejectionCode.ACCESS_DENIED);
        assertRejected(() -> asCitizen(christian, new TransferMoney(christians.accountId(), UUID.randomUUID().toString(),
                christians.accountId(), Money.ofOre(100))), RejectionCode.SAME_ACCOUNT);
        assertRejected(() -> asCitizen(christian, new TransferMoney(christians.accountId(), UUID.randomUUID().toString(),
                awaitAccount(DemoData.RELATION_CARD).accountId(), Money.ofKroner(10_000))), RejectionCode.INVALID_REQUEST);
        assertThat(account(DemoData.ANNA_CARD).balance()).isEqualTo(annas.balance());
    }

    private static void assertLedgerBalanced() {
        await().atMost(WAIT).untilAsserted(() -> {
            String checkId = UUID.randomUUID().toString();
            commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
            LedgerCheckResult check = queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();
            assertThat(check.passed()).as(String.valueOf(check)).isTrue();
        });
    }

    private static List<StatementRow> rowsOf(String accountId, String transferId) {
        Statement statement = queries.query(new FindStatement(accountId, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1))), Statement.class).join();
        return statement.rows().stream().filter(r -> transferId.equals(r.id())).toList();
    }

    private static TransferView transfer(String transferId) {
        return queries.query(new FindTransfer(transferId), TransferView.class).join();
    }

    private static String citizenOf(String subject) {
        return await().atMost(WAIT).until(() -> queries.query(new FindCitizenByIdentity(subject), String.class).join(),
                id -> id != null);
    }

    private static <R> R asCitizen(String citizenId, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    private static CompletableFuture<Object> asCitizenAsync(String citizenId, Object command) {
        return commands.send(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    private static <R> R asAdmin(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("test"), Metadata.Channel.ADMIN_API, null)));
    }

    private static void assertRejected(Runnable attempt, RejectionCode code) {
        assertThatThrownBy(attempt::run).satisfies(failure -> assertThat(RejectedException.rejectionOf(failure)
                .map(Rejection::code)).contains(code));
    }

    private static AccountSummary account(CardNumber card) {
        return queries.query(new FindAccountByCard(card), AccountSummary.class).join();
    }

    private static AccountSummary awaitAccount(CardNumber card) {
        return await().atMost(WAIT).until(() -> account(card), a -> a != null);
    }
}
