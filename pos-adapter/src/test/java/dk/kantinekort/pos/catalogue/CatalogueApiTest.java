package dk.kantinekort.pos.catalogue;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The catalogue's admin API: admin token required, bad offers are problem+json before the ledger is asked. */
class CatalogueApiTest extends ApiTest {

    @Test
    void offeringAProductNeedsTheAdminToken() {
        client.post().uri("/api/v1/admin/catalogue/products").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aPlanWithAnUnknownPeriodIs400() {
        expectProblem(postAsAdmin("/api/v1/admin/catalogue/plans", null, "{\"name\":\"Frugtordning\","
                + "\"priceOre\":4500,\"period\":\"YEAR\",\"placeIds\":[\"gladsaxe-skole\"]}"), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").isEqualTo("period is WEEK or MONTH");
    }

    @Test
    void aProductWithoutPriceIs400() {
        expectProblem(postAsAdmin("/api/v1/admin/catalogue/products", null, "{\"placeId\":\"gladsaxe-skole\","
                + "\"sku\":\"MAELK\",\"name\":\"Mælk\",\"deliveryDates\":[\"2030-03-04\"]}"), 400, "INVALID_REQUEST");
    }
}
