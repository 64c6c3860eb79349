package dk.kantinekort.pos.audit;

import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Role AUDITOR: the auditor token opens /api/v1/audit/** and nothing else; no other token opens it. */
class AuditAuthenticationTest extends ApiTest {

    private static final String HISTORY = "/api/v1/audit/accounts/a-1/events";

    @Test
    void theAuditorTokenOpensTheAuditApiWithTheEventPayloadAsJson() {
        get(AUDITOR_TOKEN, HISTORY).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accountId").isEqualTo("a-1")
                .jsonPath("$.events[0].sequenceNumber").isEqualTo(0)
                .jsonPath("$.events[0].type").isEqualTo("CardAccountOpened")
                .jsonPath("$.events[0].payload.displayName").isEqualTo("Betalingskort")
                .jsonPath("$.events[0].actor").isEqualTo("admin:api")
                .jsonPath("$.events[0].channel").isEqualTo("ADMIN_API")
                .jsonPath("$.events[0].correlationId").isEqualTo("c-1");
    }

    @Test
    void anAccountWithoutEventsIs404() {
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/accounts/unknown/events"), 404, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void withoutATokenTheAuditApiIs401() {
        expectProblem(client.get().uri(HISTORY).exchange(), 401, "UNAUTHORIZED");
    }

    @Test
    void aTillTokenCannotReachTheAuditApi() {
        expectProblem(get(FakeLedger.SCHOOL_TILL_TOKEN, HISTORY), 401, "UNAUTHORIZED");
    }

    @Test
    void theAdminTokenIsForbiddenOnTheAuditApi() {
        expectProblem(get(ADMIN_TOKEN, HISTORY), 403, "FORBIDDEN");
        expectProblem(client.post().uri("/api/v1/audit/rebuilds").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .exchange(), 403, "FORBIDDEN");
    }

    @Test
    void theAuditorTokenIsForbiddenOnTheAdminApi() {
        expectProblem(client.post().uri("/api/v1/admin/cards/1562265116/block")
                .headers(h -> h.setBearerAuth(AUDITOR_TOKEN)).exchange(), 403, "FORBIDDEN");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/admin/payouts"), 403, "FORBIDDEN");
    }

    @Test
    void theAuditorTokenIsNotATillToken() {
        expectProblem(postAsTill(AUDITOR_TOKEN, "/api/v1/purchases", newKey(), OSTEHAPS), 401, "UNAUTHORIZED");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/cards/1562265116/balance"), 401, "UNAUTHORIZED");
    }

    @Test
    void aBalanceAtSomethingThatIsNoInstantIs400() {
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/accounts/a-1/balance?at=yesterday"), 400, "INVALID_REQUEST");
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).accept(MediaType.ALL).exchange();
    }
}
