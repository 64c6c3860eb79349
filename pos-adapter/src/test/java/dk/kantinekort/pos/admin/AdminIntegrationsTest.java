package dk.kantinekort.pos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each administrative system has its own credential, and what it does is recorded as {@code admin:<name>}. */
class AdminIntegrationsTest extends ApiTest {

    private static final String DEPOSIT = "{\"amount\":5000,\"reference\":\"kasse 1\"}";

    @Test
    void twoIntegrationsDepositsAreRecordedWithTheirOwnActors() {
        deposit(KASSE_TOKEN).expectStatus().isCreated();
        deposit(SKOLEIMPORT_TOKEN).expectStatus().isCreated();

        assertThat(ledger.commandMetadata).extracting(m -> m.get("actor")).containsExactly("admin:kasse", "admin:skoleimport");
        assertThat(ledger.commandMetadata).extracting(m -> m.get("channel")).containsOnly("ADMIN_API");
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500 + 2 * 5000);
    }

    @Test
    void theSingleAdminTokenIsTheIntegrationNamedDefault() {
        deposit(ADMIN_TOKEN).expectStatus().isCreated();
        assertThat(ledger.commandMetadata).extracting(m -> m.get("actor")).containsExactly("admin:default");
    }

    @Test
    void blocksAndUnblocksAreRecordedWithTheIntegrationThatDidThem() {
        client.post().uri("/api/v1/admin/cards/1562265116/block").headers(h -> h.setBearerAuth(KASSE_TOKEN))
                .exchange().expectStatus().isOk();
        client.post().uri("/api/v1/admin/cards/1562265116/unblock").headers(h -> h.setBearerAuth(SKOLEIMPORT_TOKEN))
                .exchange().expectStatus().isOk();
        assertThat(ledger.commandMetadata).extracting(m -> m.get("actor")).containsExactly("admin:kasse", "admin:skoleimport");
    }

    @Test
    void anIntegrationsTokenIsForbiddenOnTheAuditApiAndNoTillToken() {
        expectProblem(client.get().uri("/api/v1/audit/accounts/a-1/events").headers(h -> h.setBearerAuth(KASSE_TOKEN))
                .exchange(), 403, "FORBIDDEN");
        expectProblem(postAsTill(KASSE_TOKEN, "/api/v1/purchases", newKey(), OSTEHAPS), 401, "UNAUTHORIZED");
        assertThat(ledger.commandMetadata).isEmpty();
    }

    private WebTestClient.ResponseSpec deposit(String token) {
        return client.post().uri("/api/v1/admin/accounts/acc-christian/deposits").headers(h -> h.setBearerAuth(token))
                .header("Idempotency-Key", newKey()).contentType(MediaType.APPLICATION_JSON).bodyValue(DEPOSIT).exchange();
    }
}
