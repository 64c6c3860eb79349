package dk.kantinekort.pos.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A municipality that switched offline sales off: the till API does not offer them (404 PART_SWITCHED_OFF). */
@TestPropertySource(properties = "canteen.municipality.offline-sales-enabled=false")
class OfflineSalesSwitchedOffApiTest extends ApiTest {

    @Test
    void theOfflinePolicyIs404WhenOfflineSalesAreSwitchedOff() {
        expectProblem(client.get().uri("/api/v1/offline-policy")
                .headers(h -> h.setBearerAuth(FakeLedger.SCHOOL_TILL_TOKEN)).exchange(), 404, "PART_SWITCHED_OFF");
    }

    @Test
    void anUploadIs404AndNothingReachesTheLedgerWhenOfflineSalesAreSwitchedOff() {
        expectProblem(postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, "/api/v1/offline-sales", null,
                "{\"sales\":[]}"), 404, "PART_SWITCHED_OFF");
        assertThat(ledger.dispatched).noneMatch(BookOfflineSales.class::isInstance);
    }
}
