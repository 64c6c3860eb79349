package dk.kantinekort.pos.web;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Issue 15, 3: API answers are never sniffed as another type and never stored by a cache. */
class ApiResponseHeadersTest extends ApiTest {

    @Test
    void aPurchaseAnswerIsNoStoreAndNoSniff() {
        buy(newKey(), OSTEHAPS).expectStatus().isCreated()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-store");
    }

    @Test
    void aProblemAnswerIsNoStoreAndNoSniffToo() {
        client.get().uri("/api/v1/admin/payouts").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-store");
    }

    @Test
    void aNonCanonicalPathsRefusalCarriesThemToo() {
        client.get().uri("/api/v1/admin;x/payouts").exchange().expectStatus().isBadRequest()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-store");
    }
}
