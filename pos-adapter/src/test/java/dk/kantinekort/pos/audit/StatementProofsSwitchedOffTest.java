package dk.kantinekort.pos.audit;

import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A municipality that has switched statement proofs off has no Bekræft kontoudskrift in the audit API. */
@TestPropertySource(properties = "canteen.municipality.statement-proofs-enabled=false")
class StatementProofsSwitchedOffTest extends ApiTest {

    @Test
    void verifyingAStatementIs404PartSwitchedOffAndAsksTheLedgerNothing() {
        expectProblem(client.get().uri("/api/v1/audit/statement-proofs/7QK2-M9XD-F4TR")
                .headers(h -> h.setBearerAuth(AUDITOR_TOKEN)).accept(MediaType.ALL).exchange(), 404,
                "PART_SWITCHED_OFF");
        assertThat(ledger.dispatched).noneMatch(VerifyStatement.class::isInstance);
    }

    @Test
    void itStaysAnAuditorsEndpoint() {
        expectProblem(client.get().uri("/api/v1/audit/statement-proofs/7QK2-M9XD-F4TR").exchange(), 401,
                "UNAUTHORIZED");
    }
}
