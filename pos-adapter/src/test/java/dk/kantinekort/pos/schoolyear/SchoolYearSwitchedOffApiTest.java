package dk.kantinekort.pos.schoolyear;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** Where the municipality has switched the school year off, its routes answer 404 PART_SWITCHED_OFF. */
@TestPropertySource(properties = "canteen.municipality.school-year-enabled=false")
class SchoolYearSwitchedOffApiTest extends ApiTest {

    @Test
    void everySchoolYearRouteIs404WhereThePartIsSwitchedOff() {
        String file = "cpr;navn;skole;klasse;kortnummer\n0101151234;Ida;Skolen;1.a;A1B2C3D4\n";
        expectProblem(client.post().uri("/api/v1/admin/school-year/previews").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .contentType(MediaType.valueOf("text/csv")).bodyValue(file).exchange(), 404, "PART_SWITCHED_OFF");
        expectProblem(client.post().uri("/api/v1/admin/school-year/imports").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .contentType(MediaType.valueOf("text/csv")).bodyValue(file).exchange(), 404, "PART_SWITCHED_OFF");
        expectProblem(client.get().uri("/api/v1/admin/school-year/imports/imp-1")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).exchange(), 404, "PART_SWITCHED_OFF");
        expectProblem(client.get().uri("/api/v1/admin/school-year/imports/imp-1/leavers")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).exchange(), 404, "PART_SWITCHED_OFF");
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-1/closure", null,
                "{\"closesOn\":\"2027-06-30\",\"balanceTo\":\"NEMKONTO\"}"), 404, "PART_SWITCHED_OFF");
    }
}
