package dk.kantinekort.pos.refund;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.fakeledger.FakeLedger;
import com.jayway.jsonpath.JsonPath;
import dk.kantinekort.pos.support.ApiTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefundApiTest extends ApiTest {

    private String purchaseId;

    @BeforeEach
    void aPurchaseOfTwoOstehapsAtTheSchool() {
        byte[] body = buy(newKey(), purchase("1562265116", 300, 2)).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        purchaseId = JsonPath.read(new String(body, StandardCharsets.UTF_8), "$.purchaseId");
    }

    private String refunds() {
        return "/api/v1/purchases/" + purchaseId + "/refunds";
    }

    @Test
    void aRefundByAmountIs201WithTheNewBalance() {
        postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), newKey(), "{\"amount\":300}")
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", ".*/refunds/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.refundId").isNotEmpty()
                .jsonPath("$.purchaseId").isEqualTo(purchaseId)
                .jsonPath("$.amount").isEqualTo(300)
                .jsonPath("$.balanceAfter").isEqualTo(6200);
    }

    @Test
    void aRefundByLinesIs201() {
        postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), newKey(), "{\"lines\":[{\"sku\":\"OST\",\"quantity\":2}]}")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.amount").isEqualTo(600).jsonPath("$.balanceAfter").isEqualTo(6500);
    }

    @Test
    void aRepeatedRefundIsReplayedNotPaidTwice() {
        String key = newKey();
        postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), key, "{\"amount\":300}").expectStatus().isCreated();
        postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), key, "{\"amount\":300}").expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6200);
    }

    @Test
    void refundingMoreThanWhatIsLeftIs422() {
        postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), newKey(), "{\"amount\":500}").expectStatus().isCreated();
        expectProblem(postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), newKey(), "{\"amount\":200}"),
                422, "REFUND_EXCEEDS_PURCHASE");
    }

    @Test
    void aTillOfAnotherPlaceGets403WrongPlace() {
        expectProblem(postAsTill(FakeLedger.CINEMA_TILL_TOKEN, refunds(), newKey(), "{\"amount\":100}"), 403, "WRONG_PLACE");
    }

    @Test
    void anUnknownPurchaseIs404() {
        expectProblem(postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, "/api/v1/purchases/" + java.util.UUID.randomUUID() + "/refunds",
                newKey(), "{\"amount\":100}"), 404, "PURCHASE_NOT_FOUND");
    }

    @Test
    void aRefundNeedsAnIdempotencyKey() {
        expectProblem(postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), null, "{\"amount\":100}"), 400, "INVALID_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"amount\":100,\"lines\":[{\"sku\":\"OST\",\"quantity\":1}]}", "{\"amount\":0}",
            "{\"amount\":-5}", "{\"lines\":[]}", "{\"lines\":[{\"sku\":\"OST\",\"quantity\":0}]}",
            "{\"lines\":[{\"quantity\":1}]}", "{\"lines\":[{\"sku\":\"OST\",\"quantity\":1},{\"sku\":\"OST\",\"quantity\":1}]}",
            "{\"amount\":\"lots\"}"})
    void aRefundWithNotExactlyOneValidAmountOrLinesIs400(String body) {
        expectProblem(postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, refunds(), newKey(), body), 400, "INVALID_REQUEST");
    }

    @Test
    void aRefundWithoutTokenIs401() {
        expectProblem(postAsTill("nope", refunds(), newKey(), "{\"amount\":100}"), 401, "UNAUTHORIZED");
    }
}
