package dk.kantinekort.pos.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Issue 15, 3: a till credential that sends more than its allowance gets 429 with Retry-After, and nothing is charged. */
@TestPropertySource(properties = {"canteen.rate-limits.till.requests=3", "canteen.rate-limits.till.period=1h"})
class TillRateLimitTest extends ApiTest {

    @Test
    void aTillOverItsAllowanceGets429WithRetryAfterAndTheBalanceIsUnchanged() {
        for (int i = 0; i < 3; i++) {
            buy(newKey(), OSTEHAPS).expectStatus().isCreated();
        }
        long before = ledger.balanceOf("acc-christian");
        int dispatched = ledger.dispatched.size();

        expectProblem(buy(newKey(), OSTEHAPS), 429, "TOO_MANY_REQUESTS")
                .jsonPath("$.message").isEqualTo("For mange forespørgsler – vent lidt");
        buy(newKey(), OSTEHAPS).expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));

        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(before);
        assertThat(ledger.dispatched).hasSize(dispatched);
    }

    @Test
    void oneTillsLimitDoesNotSlowAnotherTill() {
        for (int i = 0; i < 4; i++) {
            buy(newKey(), OSTEHAPS);
        }
        postAsTill(FakeLedger.CINEMA_TILL_TOKEN, "/api/v1/purchases", newKey(), OSTEHAPS).expectStatus().isCreated();
    }

    @Test
    void theAdminApiIsNotCountedAgainstATill() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/v1/admin/payouts?state=REQUESTED").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                    .exchange().expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        }
    }
}
