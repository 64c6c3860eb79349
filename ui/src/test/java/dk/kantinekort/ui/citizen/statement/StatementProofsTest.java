package dk.kantinekort.ui.citizen.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;

/** The downloads' footer follows the switch: with statement proofs off there is none, and nothing is asked. */
class StatementProofsTest {

    private final QueryGateway queryGateway = mock(QueryGateway.class);
    private static final Instant END = Instant.parse("2026-03-31T22:00:00Z");

    @Test
    void withTheSwitchOnTheFooterNamesTheChainEntryTheStatementEndsWith() {
        doReturn(CompletableFuture.completedFuture(new StatementProof("account-1", 9, "ab".repeat(32),
                "7QK2-M9XD-F4TR", END.minusSeconds(60), Money.ofOre(500))))
                .when(queryGateway).query(any(), any(ResponseType.class));

        ChainFooter footer = new StatementProofs(queryGateway, SchemeParts.allOn())
                .footer("account-1", END, BundleTexts.danish()).orElseThrow();

        assertThat(footer.code()).isEqualTo("7QK2-M9XD-F4TR");
        assertThat(footer.position()).isEqualTo(9);
        assertThat(footer.heading()).isEqualTo("Bevis for kontoudskriften");
    }

    @Test
    void withTheSwitchOffThereIsNoFooterAndTheLedgerIsNotAsked() {
        StatementProofs off = new StatementProofs(queryGateway, SchemeParts.allBut(SchemePart.STATEMENT_PROOFS));

        assertThat(off.footer("account-1", END, BundleTexts.danish())).isEmpty();
        verifyNoInteractions(queryGateway);
    }
}
