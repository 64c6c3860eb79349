package dk.kantinekort.pos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, 3: a number or true/false where the till and admin APIs expect text is refused, not turned into text. */
class StrictJsonTextTest extends ApiTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":5,\"quantity\":1,\"unitPrice\":300}],\"total\":300} | lines[0].name",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":true,\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | lines[0].sku",
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":1.5,\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | lines[0].sku",
            "{\"cardNumber\":1562265116,\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300} | cardNumber",
    })
    void aNumberOrBooleanWhereTheTillSendsTextIs400NamingTheFieldAndChargesNothing(String body, String field) {
        expectProblem(buy(newKey(), body), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).startsWith(field + " must be text"));
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500);
        assertThat(ledger.dispatched).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"cpr\":\"1503101234\",\"name\":42,\"cardNumber\":\"PUPIL00001\"} | name",
            "{\"cpr\":\"1503101234\",\"name\":\"Ida\",\"email\":false,\"cardNumber\":\"PUPIL00001\"} | email",
            "{\"cpr\":1503101234,\"name\":\"Ida\",\"cardNumber\":\"PUPIL00001\"} | cpr",
    })
    void aNumberOrBooleanWhereTheAdminApiExpectsTextIs400NamingTheField(String body, String field) {
        expectProblem(postAsAdmin("/api/v1/admin/accounts", null, body), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains(field + " must be text"));
        assertThat(ledger.dispatched).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"placeId\":\"place-skole\",\"sku\":7,\"name\":\"Mælk\",\"priceOre\":500,\"deliveryDates\":[]} | sku",
            "{\"placeId\":\"place-skole\",\"sku\":\"MLK\",\"name\":true,\"priceOre\":500,\"deliveryDates\":[]} | name",
    })
    void aNumberOrBooleanInACatalogueOfferIs400NamingTheField(String body, String field) {
        expectProblem(postAsAdmin("/api/v1/admin/catalogue/products", null, body), 400, "INVALID_REQUEST")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains(field + " must be text"));
        assertThat(ledger.dispatched).isEmpty();
    }
}
