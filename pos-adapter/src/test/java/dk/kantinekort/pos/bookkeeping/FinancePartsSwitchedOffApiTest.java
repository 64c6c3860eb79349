package dk.kantinekort.pos.bookkeeping;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A municipality that switched Økonomi and Afregning off: their admin routes answer 404 PART_SWITCHED_OFF. */
@TestPropertySource(properties = {"canteen.municipality.bookkeeping-enabled=false",
        "canteen.municipality.settlement-enabled=false"})
class FinancePartsSwitchedOffApiTest extends ApiTest {

    @Test
    void theBooksAreNotThereWhenTheMunicipalitySwitchedThemOff() {
        expectProblem(client.get().uri("/api/v1/admin/bookkeeping/report?from=2026-11&to=2026-11")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).exchange(), 404, "PART_SWITCHED_OFF");
        expectProblem(postAsAdmin("/api/v1/admin/bookkeeping/closings", null, "{\"month\":\"2026-11\"}"), 404,
                "PART_SWITCHED_OFF");
    }

    @Test
    void settlementIsNotThereWhenTheMunicipalitySwitchedItOff() {
        expectProblem(client.get().uri("/api/v1/admin/settlements").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .exchange(), 404, "PART_SWITCHED_OFF");
        expectProblem(postAsAdmin("/api/v1/admin/settlements", null, "{\"csv\":\"x\"}"), 404, "PART_SWITCHED_OFF");
    }
}
