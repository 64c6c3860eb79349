package dk.kantinekort.pos.balance;

import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

class BalanceApiTest extends ApiTest {

    private WebTestClient.ResponseSpec balance(String card) {
        return client.get().uri("/api/v1/cards/{card}/balance", card)
                .headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN)).exchange();
    }

    @Test
    void theCurrentCardShowsBalanceAndStatus() {
        balance("1562265116").expectStatus().isOk().expectBody()
                .jsonPath("$.cardNumber").isEqualTo("1562265116")
                .jsonPath("$.balance").isEqualTo(6500)
                .jsonPath("$.status").isEqualTo("ACTIVE");
    }

    @Test
    void aBlockedCardShowsItsStatus() {
        balance("blocked001").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("BLOCKED");
    }

    @Test
    void anUnknownCardIs404CardUnknown() {
        expectProblem(balance("UNKNOWN0001"), 404, "CARD_UNKNOWN").jsonPath("$.message").isEqualTo("Ukendt kort");
    }

    @Test
    void aFormerCardIs409CardReplaced() {
        expectProblem(balance("OLD1562265"), 409, "CARD_REPLACED");
    }

    @Test
    void aLiveTemporaryCardsCodeShowsTheAccountsBalanceAndSaysItIsTheTemporaryCard() {
        balance(FakeLedger.TEMPORARY_CODE).expectStatus().isOk().expectBody()
                .jsonPath("$.cardNumber").isEqualTo(FakeLedger.TEMPORARY_ID)
                .jsonPath("$.balance").isEqualTo(6500)
                .jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.temporaryCard").isEqualTo(true);
    }

    @Test
    void aPhysicalCardsAnswerSaysItIsNoTemporaryCard() {
        balance("1562265116").expectStatus().isOk().expectBody().jsonPath("$.temporaryCard").isEqualTo(false);
    }

    @Test
    void aForgedTemporaryCodeIs404TemporaryCardInvalid() {
        expectProblem(balance("MK000000019999999999"), 404, "TEMPORARY_CARD_INVALID");
    }

    @Test
    void anExpiredOrRevokedTemporaryCodeIs409WithItsReason() {
        expectProblem(balance("MK000000021234567890"), 409, "TEMPORARY_CARD_EXPIRED");
        expectProblem(balance("MK000000031234567890"), 409, "TEMPORARY_CARD_REVOKED");
    }

    @Test
    void aTemporaryCardsIdAloneIsNoCode() {
        expectProblem(balance(FakeLedger.TEMPORARY_ID), 404, "TEMPORARY_CARD_INVALID");
    }

    @Test
    void aMalformedCardNumberIs400() {
        expectProblem(balance("12-34"), 400, "INVALID_REQUEST");
    }

    @Test
    void aRevokedTillIsRefusedAtItsVeryNextBalanceInquiryDespiteTheCache() {
        balance("1562265116").expectStatus().isOk();

        ledger.revoke(FakeLedger.SCHOOL_TILL_TOKEN);

        expectProblem(balance("1562265116"), 401, "UNAUTHORIZED");
    }

    @Test
    void aBalanceInquiryNeedsATillToken() {
        expectProblem(client.get().uri("/api/v1/cards/1562265116/balance").exchange(), 401, "UNAUTHORIZED");
    }
}
