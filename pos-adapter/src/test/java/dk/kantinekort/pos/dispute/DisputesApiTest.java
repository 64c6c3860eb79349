package dk.kantinekort.pos.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.dispute.RejectDispute;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Indsigelser through the admin API, as in the back office: the cases by state, and staff's one answer to each. */
class DisputesApiTest extends ApiTest {

    private WebTestClient.ResponseSpec list(String query) {
        return client.get().uri("/api/v1/admin/disputes" + query).headers(h -> h.setBearerAuth("test-admin"))
                .exchange();
    }

    @Test
    void staffListOpenAndAnsweredDisputesApart() {
        list("?state=OPEN").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].disputeId").isEqualTo(FakeLedger.OPEN_DISPUTE)
                .jsonPath("$[0].state").isEqualTo("OPEN");
        list("?state=REJECTED").expectStatus().isOk().expectBody()
                .jsonPath("$[0].disputeId").isEqualTo(FakeLedger.ANSWERED_DISPUTE);
        list("").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void anUnknownStateIs400() {
        expectProblem(list("?state=MAYBE"), 400, "INVALID_REQUEST");
    }

    @Test
    void aRefundIsSentToTheLedgerInTheIntegrationsName() {
        postAsAdmin("/api/v1/admin/disputes/" + FakeLedger.OPEN_DISPUTE + "/refund", newKey(), "{\"amount\":1400}")
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("REFUNDED");

        assertThat(ledger.dispatched).contains(new RefundDispute(FakeLedger.OPEN_DISPUTE, Money.ofOre(1400)));
        assertThat(String.valueOf(ledger.commandMetadata.get(ledger.commandMetadata.size() - 1).get("actor")))
                .startsWith("admin:");
    }

    @Test
    void aRefusalIsSentWithItsReason() {
        postAsAdmin("/api/v1/admin/disputes/" + FakeLedger.OPEN_DISPUTE + "/rejection", newKey(),
                "{\"reason\":\" Købet er korrekt \"}").expectStatus().isOk();

        assertThat(ledger.dispatched).contains(new RejectDispute(FakeLedger.OPEN_DISPUTE, "Købet er korrekt"));
    }

    @Test
    void aRefundWithoutAnAmountOrARefusalWithoutAReasonIs400AndNothingIsSent() {
        expectProblem(postAsAdmin("/api/v1/admin/disputes/" + FakeLedger.OPEN_DISPUTE + "/refund", newKey(), "{}"),
                400, "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/disputes/" + FakeLedger.OPEN_DISPUTE + "/rejection", newKey(),
                "{\"reason\":\" \"}"), 400, "INVALID_REQUEST");

        assertThat(ledger.dispatched).noneMatch(c -> c instanceof RefundDispute || c instanceof RejectDispute);
    }

    @Test
    void anAnsweredDisputeIs409DisputeClosed() {
        expectProblem(postAsAdmin("/api/v1/admin/disputes/" + FakeLedger.ANSWERED_DISPUTE + "/refund", newKey(),
                "{\"amount\":100}"), 409, "DISPUTE_CLOSED");
    }

    @Test
    void anUnknownDisputeIs404() {
        expectProblem(postAsAdmin("/api/v1/admin/disputes/dispute:acc-christian:no-such-row/rejection", newKey(),
                "{\"reason\":\"Nej\"}"), 404, "NOT_FOUND");
    }

    @Test
    void anIdThatIsNoDisputesIdIs404AndNothingIsSent() {
        expectProblem(postAsAdmin("/api/v1/admin/disputes/no-such-dispute/refund", newKey(), "{\"amount\":100}"),
                404, "NOT_FOUND");

        assertThat(ledger.dispatched).noneMatch(c -> c instanceof RefundDispute);
    }

    @Test
    void theDisputesNeedTheAdminToken() {
        expectProblem(client.get().uri("/api/v1/admin/disputes").headers(h -> h.setBearerAuth(
                FakeLedger.SCHOOL_TILL_TOKEN)).exchange(), 401, "UNAUTHORIZED");
    }
}
