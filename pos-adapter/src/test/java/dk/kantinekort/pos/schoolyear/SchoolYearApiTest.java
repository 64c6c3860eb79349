package dk.kantinekort.pos.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Skoleår's admin API before the ledger is asked: a file it cannot read is 400 and never echoed. */
class SchoolYearApiTest extends ApiTest {

    @Test
    void aFileWithoutTheHeaderIs400WithoutEchoingItsCprNumbers() {
        byte[] body = expectProblem(client.post().uri("/api/v1/admin/school-year/previews")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).contentType(MediaType.valueOf("text/csv"))
                .bodyValue("0101151234;Ida;Skolen;1.a;A1B2C3D4\n").exchange(), 400, "INVALID_REQUEST")
                .returnResult().getResponseBody();
        assertThat(new String(body)).contains("header").doesNotContain("0101151234");
        assertThat(ledger.dispatched).isEmpty();
    }

    @Test
    void anImportIdOutsideTheAlphabetIs400() {
        expectProblem(client.post().uri("/api/v1/admin/school-year/imports")
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN)).header("Idempotency-Key", "æ ø å")
                .contentType(MediaType.valueOf("text/csv"))
                .bodyValue("cpr;navn;skole;klasse;kortnummer\n0101151234;Ida;Skolen;1.a;A1B2C3D4\n").exchange(),
                400, "INVALID_REQUEST");
    }

    @Test
    void aClosureNeedsADateAndWhereTheBalanceGoes() {
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-1/closure", null, "{\"balanceTo\":\"NEMKONTO\"}"),
                400, "INVALID_REQUEST");
        expectProblem(postAsAdmin("/api/v1/admin/accounts/acc-1/closure", null,
                "{\"closesOn\":\"2027-06-30\",\"balanceTo\":\"BANK\"}"), 400, "INVALID_REQUEST");
    }
}
