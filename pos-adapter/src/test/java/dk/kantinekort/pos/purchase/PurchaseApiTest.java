package dk.kantinekort.pos.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

class PurchaseApiTest extends ApiTest {

    @LocalServerPort
    int port;

    @Test
    void purchaseIsChargedAndAnswered201WithTheNewBalance() {
        String key = newKey();
        buy(key, OSTEHAPS)
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/purchases/[0-9a-f-]{36}")
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody()
                .jsonPath("$.purchaseId").isNotEmpty()
                .jsonPath("$.cardNumber").isEqualTo("1562265116")
                .jsonPath("$.amount").isEqualTo(300)
                .jsonPath("$.balanceAfter").isEqualTo(6200)
                .jsonPath("$.autoTopUpTriggered").isEqualTo(false);
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6200);
    }

    @Test
    void sameKeyAndSameBodyReplaysTheSameAnswerAndChargesOnce() {
        String key = newKey();
        byte[] first = buy(key, OSTEHAPS).expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        byte[] again = buy(key, OSTEHAPS).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6200);
    }

    @Test
    void cardNumberIsNormalisedSoAReplayWithSpacesIsTheSameRequest() {
        String key = newKey();
        buy(key, OSTEHAPS).expectStatus().isCreated();
        buy(key, OSTEHAPS.replace("1562265116", "1562 2651 16")).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    @Test
    void sameKeyWithAnotherBodyIs422IdempotencyKeyReused() {
        String key = newKey();
        buy(key, OSTEHAPS).expectStatus().isCreated();
        expectProblem(buy(key, purchase("1562265116", 300, 2)), 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6200);
    }

    @Test
    void theSameKeyFromAnotherTillIsAnotherPurchase() {
        String key = newKey();
        buy(key, OSTEHAPS).expectStatus().isCreated();
        postAsTill(FakeLedger.CINEMA_TILL_TOKEN, "/api/v1/purchases", key, OSTEHAPS).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(5900);
    }

    @Test
    void aSecondRequestWhileTheFirstIsInFlightIs409AndTheFirstStillCompletes() {
        ledger.slowGate = new CountDownLatch(1);
        String key = newKey();
        String body = purchase(FakeLedger.SLOW_CARD, 500, 1);
        WebClient web = WebClient.create("http://localhost:" + port);
        var first = web.post().uri("/api/v1/purchases")
                .headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchangeToMono(r -> Mono.just(r.statusCode().value()))
                .toFuture();
        await().atMost(Duration.ofSeconds(5)).until(() -> ledger.slowEntered.getCount() == 0);

        expectProblem(buy(key, body), 409, "IDEMPOTENCY_KEY_IN_USE");

        ledger.slowGate.countDown();
        await().atMost(Duration.ofSeconds(5)).until(first::isDone);
        assertThat(first.join()).isEqualTo(201);
        buy(key, body).expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    @Test
    void aClientThatHangsUpDoesNotStopItsPurchase() throws Exception {
        ledger.slowGate = new CountDownLatch(1);
        String key = newKey();
        String body = purchase(FakeLedger.SLOW_CARD, 700, 1);
        var subscription = WebClient.create("http://localhost:" + port).post().uri("/api/v1/purchases")
                .headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .retrieve().toBodilessEntity().subscribe();
        assertThat(ledger.slowEntered.await(5, TimeUnit.SECONDS)).isTrue();
        subscription.dispose(); // the till gives up and closes the connection

        ledger.slowGate.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> ledger.balanceOf("acc-slow") == 100_000 - 700);
        buy(key, body).expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    @Test
    void commandsNeverRunOnANettyEventLoop() {
        buy(newKey(), OSTEHAPS).expectStatus().isCreated();
        assertThat(ledger.handlerThreads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("pos-dispatch-"));
    }

    @Test
    void commandsCarryTillActorChannelAndTheCallersCorrelationId() {
        client.post().uri("/api/v1/purchases")
                .headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .header("Idempotency-Key", newKey()).header("X-Correlation-Id", "till-42-req-7")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(OSTEHAPS)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Correlation-Id", "till-42-req-7");
        assertThat(ledger.commandMetadata.get(0)).containsAllEntriesOf(
                Map.of("actor", "till:till-skole-1", "channel", "TILL", "correlationId", "till-42-req-7"));
    }

    @Test
    void aResponseWithoutCallerCorrelationIdGetsANewOne() {
        buy(newKey(), OSTEHAPS).expectStatus().isCreated().expectHeader().valueMatches("X-Correlation-Id", "[0-9a-f-]{36}");
    }

    @ParameterizedTest(name = "{0} -> 402 {1}")
    @CsvSource({
            "UNKNOWN0001, CARD_UNKNOWN, Ukendt kort",
            "OLD1562265, CARD_REPLACED, Kortet er erstattet af et nyt kort",
            "BLOCKED001, CARD_BLOCKED, Kortet er spærret",
    })
    void declinesAre402WithReasonAndDanishMessage(String card, String reason, String message) {
        expectProblem(buy(newKey(), purchase(card, 300, 1)), 402, reason)
                .jsonPath("$.message").isEqualTo(message);
    }

    @Test
    void moreThanTheBalanceIsDeclinedInsufficientFunds() {
        expectProblem(buy(newKey(), purchase("1562265116", 6501, 1)), 402, "INSUFFICIENT_FUNDS")
                .jsonPath("$.message").isEqualTo("Ikke nok penge på kortet");
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500);
    }

    @Test
    void aCardNotAllowedAtTheTillsUnitIsDeclinedUnitNotAllowed() {
        expectProblem(postAsTill(FakeLedger.CINEMA_TILL_TOKEN, "/api/v1/purchases", newKey(), purchase("04579A22352680", 100, 1)),
                402, "UNIT_NOT_ALLOWED")
                .jsonPath("$.message").isEqualTo("Kortet må ikke bruges her");
    }

    @Test
    void missingIdempotencyKeyIs400() {
        expectProblem(buy(null, OSTEHAPS), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("Idempotency-Key"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"\""})
    void malformedIdempotencyKeyIs400(String key) {
        expectProblem(buy(key, OSTEHAPS), 400, "INVALID_REQUEST");
    }

    @Test
    void tooLongIdempotencyKeyIs400() {
        expectProblem(buy("k".repeat(256), OSTEHAPS), 400, "INVALID_REQUEST");
    }

    @Test
    void quotedIdempotencyKeyOfTheDraftIsTheSameKey() {
        buy("abc-123", OSTEHAPS).expectStatus().isCreated();
        buy("\"abc-123\"", OSTEHAPS).expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"cardNumber\":\"1562265116\",\"lines\":[ | not valid JSON",
            "[1,2,3] | wrong shape",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":\"300\"} | total has the wrong type",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1.5,\"unitPrice\":300}],\"total\":300} | lines[0].quantity has the wrong type",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":99999999999,\"unitPrice\":300}],\"total\":300} | out of range",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":99999999999999999999999} | out of range",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":1e400} | total",
            "{\"cardNumber\":\"1562265116\",\"total\":300,\"total\":300,\"lines\":[]} | not valid JSON",
            "{\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | cardNumber is required",
            "{\"cardNumber\":\"15-62\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | cardNumber must be 6 to 20",
            "{\"cardNumber\":\"1562265116\",\"total\":300} | lines must hold at least one line",
            "{\"cardNumber\":\"1562265116\",\"lines\":[],\"total\":300} | lines must hold at least one line",
            "{\"cardNumber\":\"1562265116\",\"lines\":[null],\"total\":300} | lines[0] must be an object",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | lines[0].sku is required",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | lines[0].name is required",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"unitPrice\":300}],\"total\":300} | lines[0].quantity is required",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":0,\"unitPrice\":300}],\"total\":0} | lines[0].quantity must be positive",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":-1,\"unitPrice\":300}],\"total\":-300} | lines[0].quantity must be positive",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1001,\"unitPrice\":1}],\"total\":1001} | lines[0].quantity may be at most 1000",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":0}],\"total\":0} | lines[0].unitPrice must be positive",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":-300}],\"total\":-300} | lines[0].unitPrice must be positive",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}]} | total is required",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":400} | total 400 does not equal the sum of the lines, 300",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1000,\"unitPrice\":200000}],\"total\":200000000} | total may be at most 200000",
    })
    void badInputIs400InvalidRequestNamingWhatIsWrong(String body, String expectedDetail) {
        expectProblem(buy(newKey(), body), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains(expectedDetail));
        assertThat(ledger.handlerThreads).isEmpty();
    }

    @Test
    void moreThanTheMaximumNumberOfLinesIs400() {
        String line = "{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":1}";
        String body = "{\"cardNumber\":\"1562265116\",\"lines\":[" + String.join(",", java.util.Collections.nCopies(101, line))
                + "],\"total\":101}";
        expectProblem(buy(newKey(), body), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("at most 100 lines"));
    }

    @Test
    void anEmptyBodyIs400() {
        expectProblem(client.post().uri("/api/v1/purchases").headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .header("Idempotency-Key", newKey()).contentType(MediaType.APPLICATION_JSON).exchange(), 400, "INVALID_REQUEST");
    }

    @Test
    void aBodyLargerThanTheLimitIs413() {
        String name = "x".repeat(70_000);
        expectProblem(buy(newKey(), OSTEHAPS.replace("Ostehaps", name)), 413, "INVALID_REQUEST");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        expectProblem(client.post().uri("/api/v1/purchases").headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .header("Idempotency-Key", newKey()).contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange(),
                415, "INVALID_REQUEST");
    }

    @Test
    void withoutATokenIs401() {
        expectProblem(client.post().uri("/api/v1/purchases").header("Idempotency-Key", newKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(OSTEHAPS).exchange(), 401, "UNAUTHORIZED")
                .jsonPath("$.message").isEqualTo("Kassen er ikke godkendt");
    }

    @Test
    void withAnUnknownTokenIs401() {
        expectProblem(postAsTill("no-such-till", "/api/v1/purchases", newKey(), OSTEHAPS), 401, "UNAUTHORIZED");
    }

    @Test
    void theAdminTokenIsNotATillToken() {
        expectProblem(postAsTill(ADMIN_TOKEN, "/api/v1/purchases", newKey(), OSTEHAPS), 401, "UNAUTHORIZED");
    }

    @Test
    void aTillTheLedgerNoLongerKnowsIs401TillUnknown() {
        expectProblem(postAsTill(FakeLedger.REVOKED_TILL_TOKEN, "/api/v1/purchases", newKey(), OSTEHAPS), 401, "TILL_UNKNOWN");
    }

    @Test
    void tillAuthenticationIsCachedBriefly() {
        buy(newKey(), OSTEHAPS).expectStatus().isCreated();
        buy(newKey(), OSTEHAPS).expectStatus().isCreated();
        buy(newKey(), OSTEHAPS).expectStatus().isCreated();
        assertThat(ledger.tillAuthentications.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void anUnknownRouteIs404ProblemAndAWrongMethodIs405() {
        expectProblem(client.get().uri("/api/v1/nothing-here").headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .exchange(), 404, "NOT_FOUND");
        expectProblem(client.get().uri("/api/v1/purchases").headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .exchange(), 405, "INVALID_REQUEST");
    }
}
