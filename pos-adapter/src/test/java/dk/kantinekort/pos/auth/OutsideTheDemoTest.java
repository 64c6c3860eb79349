package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15, 3: outside the embedded demo (canteen.demo.enabled unset, as in every service) the demo till tokens open
 * nothing even where a store still knows them, and metrics and the API description need the management token.
 */
@AutoConfigureObservability // Boot's tests switch the metrics export off otherwise
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,prometheus")
class OutsideTheDemoTest extends ApiTest {

    @Test
    void aDemoTillTokenIsRefusedOutsideTheDemoWithoutAskingTheLedger() {
        int before = ledger.dispatched.size();
        expectProblem(postAsTill("demo-till-skole-1", "/api/v1/purchases", newKey(), OSTEHAPS), 401, "UNAUTHORIZED")
                .jsonPath("$.detail").isEqualTo("A demo till token is refused outside the embedded demo (canteen.demo.enabled)");
        org.assertj.core.api.Assertions.assertThat(ledger.dispatched).hasSize(before);
    }

    @Test
    void prometheusMetricsNeedTheManagementToken() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth("wrong")).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(MANAGEMENT_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes"));
    }

    @Test
    void theApiDescriptionNeedsTheManagementTokenInEachSpelling() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
        client.get().uri("/v3/api-docs.yaml").exchange().expectStatus().isUnauthorized();
        client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void healthStaysOpen() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
