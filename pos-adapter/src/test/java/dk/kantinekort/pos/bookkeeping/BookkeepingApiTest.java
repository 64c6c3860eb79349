package dk.kantinekort.pos.bookkeeping;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Økonomi's admin API: the admin token, and bad periods or months refused as problem+json before the ledger. */
class BookkeepingApiTest extends ApiTest {

    @Test
    void theBooksNeedTheAdminToken() {
        client.get().uri("/api/v1/admin/bookkeeping/report?from=2026-11&to=2026-11").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/v1/admin/bookkeeping/report?from=2026-11&to=2026-11")
                .headers(h -> h.setBearerAuth(AUDITOR_TOKEN)).exchange().expectStatus().isForbidden();
    }

    @Test
    void aReportWithoutPeriodIs400() {
        expectProblem(client.get().uri("/api/v1/admin/bookkeeping/report").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .exchange(), 400, "INVALID_REQUEST").jsonPath("$.detail")
                .isEqualTo("from is required, yyyy-MM-dd or yyyy-MM");
    }

    @Test
    void aReportEndingBeforeItStartsIs400() {
        expectProblem(client.get().uri("/api/v1/admin/bookkeeping/report?from=2026-11-30&to=2026-11-01")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).exchange(), 400, "INVALID_REQUEST");
    }

    @Test
    void anUnknownGranularityIs400() {
        expectProblem(client.get().uri("/api/v1/admin/bookkeeping/report?from=2026-11&to=2026-11&granularity=WEEK")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).exchange(), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").isEqualTo("granularity is DAY or MONTH");
    }

    @Test
    void closingAMonthNeedsAMonthWrittenYearDashMonth() {
        expectProblem(postAsAdmin("/api/v1/admin/bookkeeping/closings", null, "{\"month\":\"november\"}"), 400,
                "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/bookkeeping/closings", null, "{}"), 400, "INVALID_REQUEST");
    }

    @Test
    void closingAMonthNeedsTheAdminToken() {
        client.post().uri("/api/v1/admin/bookkeeping/closings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"month\":\"2026-11\"}").exchange().expectStatus().isUnauthorized();
    }
}
