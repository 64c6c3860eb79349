package dk.kantinekort.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.transfer.FindTransfer;
import dk.kantinekort.api.transfer.TransferCredited;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferMoney;
import dk.kantinekort.api.transfer.TransferState;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overfør across a restart: a transfer debited while the transfer process is stopped (as if the app went down between
 * the debit and the credit) is credited once after the restart, and the same click sent again moves nothing more.
 */
class TransferAcrossARestartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void aTransferDebitedBeforeTheAppStopsIsCreditedOnceAfterTheRestart() {
        String transferId = UUID.randomUUID().toString();
        TransferMoney transfer;
        Money relationBefore;
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir)) {
            AccountSummary christian = awaitAccount(app, DemoData.CHRISTIAN_CARD);
            AccountSummary relation = awaitAccount(app, DemoData.RELATION_CARD);
            relationBefore = relation.balance();
            app.core().getBean(EventProcessingConfiguration.class).eventProcessor("transfers")
                    .ifPresent(EventProcessor::shutDown);
            transfer = new TransferMoney(christian.accountId(), transferId, relation.accountId(), Money.ofOre(1_500));
            app.core().getBean(CommandGateway.class).sendAndWait(transfer);
            assertThat(transferOf(app, transferId)).isNull();
            await().atMost(WAIT).until(() -> transfer(app, transferId), t -> t != null);
            assertThat(transfer(app, transferId).state()).isEqualTo(TransferState.PENDING);
        }

        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir)) {
            await().atMost(WAIT).until(() -> transfer(app, transferId),
                    t -> t != null && t.state() == TransferState.COMPLETED);
            // the citizen clicks again after the restart: the same transfer, nothing more
            app.core().getBean(CommandGateway.class).sendAndWait(transfer);
            await().atMost(WAIT).until(() -> account(app, DemoData.RELATION_CARD).balance(),
                    relationBefore.plus(Money.ofOre(1_500))::equals);
            EventStore events = app.core().getBean(EventStore.class);
            assertThat(events.readEvents(transfer.fromAccountId()).asStream()
                    .filter(e -> e.getPayload() instanceof TransferDebited d && d.transferId().equals(transferId)))
                    .as("debited once").hasSize(1);
            assertThat(events.readEvents(transfer.toAccountId()).asStream()
                    .filter(e -> e.getPayload() instanceof TransferCredited c && c.transferId().equals(transferId)))
                    .as("credited once").hasSize(1);
        }
    }

    /** The credit, if the destination got one (it must not while the process is stopped). */
    private static TransferCredited transferOf(RunningKantinekort app, String transferId) {
        AccountSummary relation = account(app, DemoData.RELATION_CARD);
        return app.core().getBean(EventStore.class).readEvents(relation.accountId()).asStream()
                .map(e -> e.getPayload()).filter(p -> p instanceof TransferCredited c && c.transferId().equals(transferId))
                .map(TransferCredited.class::cast).findFirst().orElse(null);
    }

    private static TransferView transfer(RunningKantinekort app, String transferId) {
        return app.core().getBean(QueryGateway.class).query(new FindTransfer(transferId), TransferView.class).join();
    }

    private static AccountSummary account(RunningKantinekort app, CardNumber card) {
        return app.core().getBean(QueryGateway.class).query(new FindAccountByCard(card), AccountSummary.class).join();
    }

    private static AccountSummary awaitAccount(RunningKantinekort app, CardNumber card) {
        return await().atMost(WAIT).until(() -> account(app, card), a -> a != null);
    }
}
