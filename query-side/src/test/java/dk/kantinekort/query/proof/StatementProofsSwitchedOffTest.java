package dk.kantinekort.query.proof;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.proof.FindStatementProof;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A municipality that switched statement proofs off: no chain, no proof, no verification, a check as before. */
@SpringBootTest(classes = QuerySideTestApplication.class,
        properties = "canteen.municipality.statement-proofs-enabled=false")
class StatementProofsSwitchedOffTest {

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

    @Test
    void nothingIsChainedProvedVerifiedOrPublished() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String account = ledger.openAccount(newId(), "Ida Elev", "0101121234", newCardNumber(), Instant.now());
        ledger.deposit(account, 10_000, 10_000, Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(new FindAccountSummary(account),
                AccountSummary.class).join(), s -> s != null && s.balance().ore() == 10_000);

        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
        LedgerCheckResult check = queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();

        assertThat(check.passed()).isTrue();
        assertThat(check.chainBreaks()).isEmpty();
        assertThat(Files.exists(published.directory())).as("no report file").isFalse();
        assertThat(chain.head(account)).isEmpty();
        assertThat(queries.query(new FindStatementProof(account, Instant.now().plusSeconds(60)), StatementProof.class)
                .join()).isNull();
        assertThat(queries.query(new VerifyStatement("7QK2-M9XD-F4TR", null), StatementVerification.class).join())
                .isNull();
    }
}
