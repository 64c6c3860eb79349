package dk.kantinekort.pos.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.fakeledger.FakeOfflineLedger;
import dk.kantinekort.pos.support.ApiTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The till API's offline protocol (issue 20): the policy a till caches and the upload of offline sales. */
class OfflineSalesApiTest extends ApiTest {

    @Autowired
    FakeOfflineLedger offline;

    @BeforeEach
    void freshOffline() {
        offline.reset();
    }

    static String ago(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String sale(String key, String card, String soldAt, long unitPrice) {
        return """
                {"idempotencyKey":"%s","cardNumber":"%s","soldAt":"%s",\
                "lines":[{"sku":"FROKOST","name":"Frokost","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(key, card, soldAt, unitPrice, unitPrice);
    }

    static String upload(String... sales) {
        return "{\"sales\":[" + String.join(",", sales) + "]}";
    }

    WebTestClient.ResponseSpec send(String json) {
        return postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, "/api/v1/offline-sales", null, json);
    }

    List<BookOfflineSales> uploadsDispatched() {
        return ledger.dispatched.stream().filter(BookOfflineSales.class::isInstance)
                .map(BookOfflineSales.class::cast).toList();
    }

    @Test
    void aTillFetchesTheDailyLimitAndTheCardsToRefuseOffline() {
        client.get().uri("/api/v1/offline-policy").headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.dailyLimit").isEqualTo(7500)
                .jsonPath("$.refreshAfterSeconds").isEqualTo(300)
                .jsonPath("$.deniedCards[0].cardNumber").isEqualTo(FakeOfflineLedger.DEBT_CARD)
                .jsonPath("$.deniedCards[0].reason").isEqualTo("OPEN_DEBT");
    }

    @Test
    void theOfflinePolicyNeedsATillToken() {
        expectProblem(client.get().uri("/api/v1/offline-policy").exchange(), 401, "UNAUTHORIZED");
    }

    @Test
    void anUploadAnswersEverySaleInTheOrderSentAndTheLedgerGetsThemWithTheirTimeOfSale() {
        String soldAt = ago(30);
        send(upload(sale("k1", "1562265116", soldAt, 3000), sale("k2", "UNKNOWN0001", ago(20), 500)))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.results[0].idempotencyKey").isEqualTo("k1")
                .jsonPath("$.results[0].outcome").isEqualTo("BOOKED")
                .jsonPath("$.results[0].balanceAfter").isEqualTo(3500)
                .jsonPath("$.results[1].idempotencyKey").isEqualTo("k2")
                .jsonPath("$.results[1].outcome").isEqualTo("REFUSED")
                .jsonPath("$.results[1].reason").isEqualTo("CARD_UNKNOWN");
        OfflineSale first = uploadsDispatched().get(0).sales().get(0);
        assertThat(first.soldAt()).isEqualTo(Instant.parse(soldAt));
        assertThat(first.cardNumber().value()).isEqualTo("1562265116");
    }

    @Test
    void anOfflineSaleGetsTheIdAndFingerprintItsOnlineAttemptWithTheSameKeyHad() {
        String ostehaps = """
                {"idempotencyKey":"k1","cardNumber":"1562265116","soldAt":"%s",\
                "lines":[{"sku":"OST","name":"Ostehaps","quantity":1,"unitPrice":300}],"total":300}""".formatted(ago(5));
        send(upload(ostehaps)).expectStatus().isOk();
        buy("k1", OSTEHAPS).expectStatus().isCreated();

        String purchaseId = ledger.dispatched.stream()
                .filter(dk.kantinekort.api.till.PurchaseWithCard.class::isInstance)
                .map(dk.kantinekort.api.till.PurchaseWithCard.class::cast).findFirst().orElseThrow().purchaseId();
        OfflineSale sale = uploadsDispatched().get(0).sales().get(0);
        assertThat(sale.saleId()).isEqualTo(purchaseId);
        dk.kantinekort.api.till.PurchaseWithCard online = ledger.dispatched.stream()
                .filter(dk.kantinekort.api.till.PurchaseWithCard.class::isInstance)
                .map(dk.kantinekort.api.till.PurchaseWithCard.class::cast).findFirst().orElseThrow();
        assertThat(sale.requestFingerprint()).isEqualTo(online.requestFingerprint());
    }

    @Test
    void theSameUploadSentAgainIsAnsweredReplayed() {
        String body = upload(sale("k1", "1562265116", ago(30), 3000));
        send(body).expectStatus().isOk().expectBody().jsonPath("$.results[0].outcome").isEqualTo("BOOKED");
        send(body).expectStatus().isOk().expectBody().jsonPath("$.results[0].outcome").isEqualTo("REPLAYED");
    }

    @Test
    void anUploadWithoutSalesIs400AndNothingReachesTheLedger() {
        expectProblem(send("{\"sales\":[]}"), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").isEqualTo("sales must hold 1 to 200 sales");
        expectProblem(send("{}"), 400, "INVALID_REQUEST");
        assertThat(uploadsDispatched()).isEmpty();
    }

    @Test
    void aBadSaleRefusesTheWholeUploadNamingTheSaleAndField() {
        expectProblem(send(upload(sale("k1", "1562265116", ago(30), 300),
                sale("k2", "1562265116", "yesterday noon", 300))), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("sales[1].soldAt"));
        assertThat(uploadsDispatched()).isEmpty();
    }

    @Test
    void aSaleWhoseTotalIsNotTheSumOfItsLinesIsRefusedByField() {
        String wrongTotal = """
                {"idempotencyKey":"k1","cardNumber":"1562265116","soldAt":"%s",\
                "lines":[{"sku":"OST","name":"Ostehaps","quantity":2,"unitPrice":300}],"total":300}""".formatted(ago(3));
        expectProblem(send(upload(wrongTotal)), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("sales[0].total"));
    }

    @Test
    void aSaleInTheFutureIsRefused() {
        String future = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        expectProblem(send(upload(sale("k1", "1562265116", future, 300))), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").isEqualTo("sales[0].soldAt lies in the future");
    }

    @Test
    void twoSalesWithTheSameKeyInOneUploadAreRefused() {
        expectProblem(send(upload(sale("k1", "1562265116", ago(30), 300), sale("k1", "1562265116", ago(20), 300))),
                400, "INVALID_REQUEST")
                .jsonPath("$.detail").isEqualTo("sales[1].idempotencyKey is used by an earlier sale of this upload");
    }

    @Test
    void aSaleWithoutAKeyOrWithAMalformedCardIsRefused() {
        expectProblem(send(upload("{\"cardNumber\":\"1562265116\",\"soldAt\":\"" + ago(3)
                + "\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300}")),
                400, "INVALID_REQUEST").jsonPath("$.detail").isEqualTo("sales[0].idempotencyKey is required");
        expectProblem(send(upload(sale("k1", "12-34", ago(3), 300))), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("sales[0].cardNumber"));
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNotTurnedIntoText() {
        expectProblem(send("{\"sales\":[{\"idempotencyKey\":5,\"cardNumber\":\"1562265116\",\"soldAt\":\"" + ago(3)
                + "\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300}]}"),
                400, "INVALID_REQUEST");
    }

    @Test
    void anUploadNeedsATillToken() {
        expectProblem(postAsAdmin("/api/v1/offline-sales", null, upload(sale("k1", "1562265116", ago(3), 300))),
                401, "UNAUTHORIZED");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheOfflineProtocol() {
        client.get().uri("/v3/api-docs").headers(h -> h.setBearerAuth(MANAGEMENT_TOKEN)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/v1/offline-policy'].get.responses['200']").exists()
                .jsonPath("$.paths['/api/v1/offline-policy'].get.responses['404'].content['application/problem+json']")
                .exists()
                .jsonPath("$.paths['/api/v1/offline-sales'].post.responses['200']").exists()
                .jsonPath("$.paths['/api/v1/offline-sales'].post.responses['400'].content['application/problem+json']")
                .exists()
                .jsonPath("$.components.schemas.OfflineSalesUpload.properties.sales").exists()
                .jsonPath("$.components.schemas.OfflineSale.properties.soldAt").exists()
                .jsonPath("$.components.schemas.OfflineSale.properties.idempotencyKey").exists()
                .jsonPath("$.components.schemas.OfflinePolicy.properties.dailyLimit").exists()
                .jsonPath("$.components.schemas.OfflineSaleResult.properties.outcome").exists();
    }
}
