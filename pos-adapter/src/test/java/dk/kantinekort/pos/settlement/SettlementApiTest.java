package dk.kantinekort.pos.settlement;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Afregning's admin API: the admin token, and uploads without a report or with a bad period refused. */
class SettlementApiTest extends ApiTest {

    @Test
    void importingAReportNeedsTheAdminToken() {
        client.post().uri("/api/v1/admin/settlements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"csv\":\"x\"}").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/admin/settlements").headers(h -> h.setBearerAuth(AUDITOR_TOKEN)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anUploadWithoutTheReportsTextIs400() {
        expectProblem(postAsAdmin("/api/v1/admin/settlements", null, "{\"fileName\":\"nets.csv\"}"), 400,
                "INVALID_REQUEST").jsonPath("$.detail").isEqualTo("csv is required: the settlement report's text");
    }

    @Test
    void anUploadWithABadDateIs400() {
        expectProblem(postAsAdmin("/api/v1/admin/settlements", null, "{\"csv\":\"PaymentId\",\"from\":\"1. nov\"}"),
                400, "INVALID_REQUEST").jsonPath("$.detail").isEqualTo("from is a date, yyyy-MM-dd");
    }

    @Test
    void anIdThatIsNoReportsIdIs404() {
        expectProblem(client.get().uri("/api/v1/admin/settlements/abc").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .exchange(), 404, "NOT_FOUND");
    }

    @Test
    void settlingARowNeedsAKnownResolution() {
        String report = "/api/v1/admin/settlements/settlement-" + "a".repeat(64) + "/resolutions";
        expectProblem(postAsAdmin(report, null, "{\"lineNumber\":1}"), 400, "INVALID_REQUEST");
        expectProblem(postAsAdmin(report, null, "{\"lineNumber\":1,\"resolution\":\"FORGOTTEN\"}"), 400,
                "INVALID_REQUEST");
        expectProblem(postAsAdmin(report, null, "{\"resolution\":\"NO_ACTION_NEEDED\"}"), 400, "INVALID_REQUEST");
    }
}
