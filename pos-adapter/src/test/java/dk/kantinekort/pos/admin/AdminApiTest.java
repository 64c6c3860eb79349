package dk.kantinekort.pos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

class AdminApiTest extends ApiTest {

    private static final String PUPIL =
            "{\"cpr\":\"1503101234\",\"name\":\"Ida Elev\",\"email\":\"ida@example.org\",\"cardNumber\":\"PUPIL00001\",\"allowedUnits\":[\"SCHOOL\"]}";

    @Test
    void openingOneAccountAnswers201WithItsIds() {
        postAsAdmin("/api/v1/admin/accounts", null, PUPIL).expectStatus().isCreated().expectBody()
                .jsonPath("$.accountId").isNotEmpty()
                .jsonPath("$.citizenId").isNotEmpty()
                .jsonPath("$.cardNumber").isEqualTo("PUPIL00001")
                .jsonPath("$.created").isEqualTo(true)
                .jsonPath("$.index").doesNotExist();
        assertThat(ledger.commandMetadata.get(0)).containsAllEntriesOf(Map.of("actor", "admin:default", "channel", "ADMIN_API"));
    }

    @Test
    void forgettingAPersonNeedsAReasonCodeAndIsSentWithTheAdminAsActor() {
        postAsAdmin("/api/v1/admin/citizens/citizen-1/forgetting", null, "{\"reason\":\"CITIZEN_REQUEST\"}")
                .expectStatus().isNoContent();
        assertThat(ledger.dispatched).contains(new ForgetCitizen("citizen-1", ForgetReason.CITIZEN_REQUEST));
        assertThat(ledger.commandMetadata.get(0)).containsAllEntriesOf(Map.of("actor", "admin:default",
                "channel", "ADMIN_API"));

        expectProblem(postAsAdmin("/api/v1/admin/citizens/citizen-1/forgetting", null, "{}"), 400,
                "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/citizens/citizen-1/forgetting", null,
                "{\"reason\":\"RETENTION\"}"), 400, "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/citizens/citizen-with-money/forgetting", null,
                "{\"reason\":\"NO_LONGER_NEEDED\"}"), 409, "BALANCE_REMAINING");
    }

    @Test
    void openingIsIdempotentByCpr() {
        postAsAdmin("/api/v1/admin/accounts", null, PUPIL).expectStatus().isCreated();
        postAsAdmin("/api/v1/admin/accounts", null, PUPIL).expectStatus().isCreated().expectBody()
                .jsonPath("$.created").isEqualTo(false);
    }

    @Test
    void allowedUnitsMayBeLeftOutAndEmailToo() {
        postAsAdmin("/api/v1/admin/accounts", null, "{\"cpr\":\"150310-4321\",\"name\":\"Bo\",\"cardNumber\":\"PUPIL00002\"}")
                .expectStatus().isCreated();
    }

    @Test
    void aBulkImportAnswersOneResultPerItemInOrder() {
        String array = IntStream.range(0, 30)
                .mapToObj(i -> "{\"cpr\":\"0101%02d1234\",\"name\":\"Elev %d\",\"cardNumber\":\"BULK%06d\"}".formatted(i % 100, i, i))
                .collect(Collectors.joining(",", "[", "]"));
        postAsAdmin("/api/v1/admin/accounts", null, array).expectStatus().isCreated().expectBody()
                .jsonPath("$.length()").isEqualTo(30)
                .jsonPath("$[0].index").isEqualTo(0)
                .jsonPath("$[29].index").isEqualTo(29)
                .jsonPath("$[29].cardNumber").isEqualTo("BULK000029")
                .jsonPath("$[*].error").doesNotExist();
    }

    @Test
    void aBulkImportWithBadItemsIs207AndOpensTheGoodOnes() {
        String array = "[" + PUPIL + ",{\"cpr\":\"3213991234\",\"name\":\"Bad Date\",\"cardNumber\":\"PUPIL00003\"},"
                + "{\"cpr\":\"1503101234\",\"name\":\"Twice\",\"cardNumber\":\"PUPIL00004\"},"
                + "{\"cpr\":\"0404041234\",\"name\":\"Card taken\",\"cardNumber\":\"1562265116\"},"
                + "{\"cpr\":\"0505051234\",\"name\":\"Bad unit\",\"cardNumber\":\"PUPIL00005\",\"allowedUnits\":[\"MARS\"]},"
                + "{\"cpr\":12,\"name\":\"Wrong type\",\"cardNumber\":\"PUPIL00006\"}]";
        byte[] body = postAsAdmin("/api/v1/admin/accounts", null, array).expectStatus().isEqualTo(207).expectBody()
                .jsonPath("$[0].created").isEqualTo(true)
                .jsonPath("$[1].error.status").isEqualTo(400)
                .jsonPath("$[1].error.reason").isEqualTo("INVALID_REQUEST")
                .jsonPath("$[1].error.detail").value(d -> assertThat((String) d).startsWith("cpr:"))
                .jsonPath("$[2].error.detail").isEqualTo("The same cpr as item 0")
                .jsonPath("$[3].error.status").isEqualTo(409)
                .jsonPath("$[3].error.reason").isEqualTo("CARD_NUMBER_IN_USE")
                .jsonPath("$[4].error.reason").isEqualTo("INVALID_REQUEST")
                .jsonPath("$[5].error.reason").isEqualTo("INVALID_REQUEST")
                .returnResult().getResponseBody();
        assertThat(new String(body)).doesNotContain("3213991234").doesNotContain("1503101234");
    }

    @Test
    void aBadCprIs400WithoutEchoingIt() {
        byte[] body = expectProblem(postAsAdmin("/api/v1/admin/accounts", null, PUPIL.replace("1503101234", "1513101234")),
                400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("cpr"))
                .returnResult().getResponseBody();
        assertThat(new String(body)).doesNotContain("1513101234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "{\"cpr\":\"1503101234\",\"cardNumber\":\"PUPIL00001\"}",
            "{\"cpr\":\"1503101234\",\"name\":\"Ida\",\"cardNumber\":\"x\"}",
            "{\"cpr\":\"1503101234\",\"name\":\"Ida\",\"cardNumber\":\"PUPIL00001\",\"allowedUnits\":[]}",
            "{\"cpr\":\"1503101234\",\"name\":\"Ida\",\"cardNumber\":\"PUPIL00001\",\"email\":\"not-mail\"}"})
    void invalidAccountRequestsAre400(String body) {
        expectProblem(postAsAdmin("/api/v1/admin/accounts", null, body), 400, "INVALID_REQUEST");
    }

    @Test
    void anImportOfMoreThan1000Is400() {
        String array = IntStream.range(0, 1001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        expectProblem(postAsAdmin("/api/v1/admin/accounts", null, array), 400, "INVALID_REQUEST");
    }

    @Test
    void theAdminApiNeedsTheAdminToken() {
        expectProblem(client.post().uri("/api/v1/admin/accounts").contentType(MediaType.APPLICATION_JSON).bodyValue(PUPIL)
                .exchange(), 401, "UNAUTHORIZED");
        expectProblem(postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, "/api/v1/admin/accounts", null, PUPIL), 401, "UNAUTHORIZED");
    }

    @Test
    void aCashDepositIs201WithTheNewBalanceAndReplaysByKey() {
        String key = newKey();
        postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", key, "{\"amount\":5000,\"reference\":\"kasse 3\"}")
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.depositId").isNotEmpty()
                .jsonPath("$.accountId").isEqualTo("acc-christian")
                .jsonPath("$.amount").isEqualTo(5000)
                .jsonPath("$.balanceAfter").isEqualTo(11500);
        postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", key, "{\"amount\":5000,\"reference\":\"kasse 3\"}")
                .expectStatus().isCreated().expectBody().jsonPath("$.balanceAfter").isEqualTo(11500);
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(11500);
    }

    @Test
    void aDepositNeedsAKeyAndAnAmountWithinBounds() {
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", null, "{\"amount\":5000}"), 400, "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", newKey(), "{\"amount\":0}"), 400, "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", newKey(), "{\"amount\":500001}"), 400, "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", newKey(), "{}"), 400, "INVALID_REQUEST");
    }

    @Test
    void aDepositToAnUnknownAccountIs404AndToABlockedOne409() {
        expectProblem(postAsAdmin("/api/v1/admin/accounts/no-such-account/deposits", newKey(), "{\"amount\":100}"),
                404, "ACCOUNT_NOT_FOUND");
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-blocked/deposits", newKey(), "{\"amount\":100}"),
                409, "ACCOUNT_BLOCKED");
    }

    @Test
    void aDepositOverTheBalanceLimitIs422() {
        for (int i = 0; i < 3; i++) {
            postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", newKey(), "{\"amount\":500000}").expectStatus().isCreated();
        }
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-christian/deposits", newKey(), "{\"amount\":500000}"),
                422, "BALANCE_LIMIT_EXCEEDED");
    }

    @Test
    void blockingACardDeclinesTheNextPurchaseAndUnblockingLiftsIt() {
        postAsAdmin("/api/v1/admin/cards/1562265116/block", null, "{\"reason\":\"Mistet\"}").expectStatus().isOk().expectBody()
                .jsonPath("$.accountId").isEqualTo("acc-christian").jsonPath("$.status").isEqualTo("BLOCKED");
        expectProblem(buy(newKey(), OSTEHAPS), 402, "CARD_BLOCKED");
        postAsAdmin("/api/v1/admin/cards/1562265116/unblock", null, null).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ACTIVE");
        buy(newKey(), OSTEHAPS).expectStatus().isCreated();
    }

    @Test
    void blockingWorksWithoutABody() {
        client.post().uri("/api/v1/admin/cards/1562265116/block").headers(h -> h.setBearerAuth(ADMIN_TOKEN)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void blockingAnUnknownCardIs404() {
        expectProblem(postAsAdmin("/api/v1/admin/cards/UNKNOWN0001/block", null, "{}"), 404, "CARD_UNKNOWN");
        expectProblem(postAsAdmin("/api/v1/admin/cards/UNKNOWN0001/unblock", null, null), 404, "CARD_UNKNOWN");
    }
}
