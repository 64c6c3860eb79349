package dk.kantinekort.pos.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.StaffLookupRecorded;
import dk.kantinekort.pos.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 15: the admin and audit API's look-ups of an account are recorded before they are answered (who, channel,
 * kind, the ids shown), a look-up that cannot be recorded is not answered, and auditors list the record.
 */
class StaffLookupApiTest extends ApiTest {

    @Test
    void anAuditorsLookUpOfAnAccountsHistoryIsRecordedWithTheAccountShown() {
        get(AUDITOR_TOKEN, "/api/v1/audit/accounts/acc-christian/events").expectStatus().isOk();

        assertThat(ledger.lookups).singleElement().satisfies(lookup -> {
            assertThat(lookup.staffActor()).isEqualTo("auditor:api");
            assertThat(lookup.channel()).isEqualTo(LookupChannel.AUDIT_API);
            assertThat(lookup.searchedBy()).isEqualTo(LookupKey.ACCOUNT_ID);
            assertThat(lookup.purpose()).isEqualTo(LookupPurpose.ACCOUNT_HISTORY);
            assertThat(lookup.accountIds()).containsExactly("acc-christian");
        });
    }

    @Test
    void aLookUpWithoutMatchIsRecordedAsNoMatch() {
        get(AUDITOR_TOKEN, "/api/v1/audit/accounts/unknown/events").expectStatus().isNotFound();

        assertThat(ledger.lookups).singleElement().satisfies(lookup -> {
            assertThat(lookup.accountIds()).isEmpty();
            assertThat(lookup.citizenIds()).isEmpty();
        });
    }

    @Test
    void aLookUpThatCannotBeRecordedIsNotAnswered() {
        ledger.lookupsFail = true;

        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/accounts/acc-christian/events"), 503, "LOOKUP_NOT_RECORDED")
                .jsonPath("$.events").doesNotExist();
        expectProblem(get(ADMIN_TOKEN, "/api/v1/admin/accounts/acc-christian/personal-data"), 503,
                "LOOKUP_NOT_RECORDED").jsonPath("$.people").doesNotExist();
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/accounts/acc-christian/export"), 503,
                "LOOKUP_NOT_RECORDED");
    }

    @Test
    void theRightOfAccessFileThroughTheAdminApiIsRecordedWithTheHolderAndAnsweredAsADownload() {
        get(ADMIN_TOKEN, "/api/v1/admin/accounts/acc-christian/personal-data").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\".*\\.json\"")
                .expectBody().jsonPath("$.people[0].personId").isEqualTo("cit-acc-christian");

        assertThat(ledger.lookups).singleElement().satisfies(lookup -> {
            assertThat(lookup.staffActor()).isEqualTo("admin:default");
            assertThat(lookup.channel()).isEqualTo(LookupChannel.ADMIN_API);
            assertThat(lookup.purpose()).isEqualTo(LookupPurpose.PERSONAL_DATA_EXPORT);
            assertThat(lookup.citizenIds()).containsExactly("cit-acc-christian");
            assertThat(lookup.accountIds()).containsExactly("acc-christian");
        });
    }

    @Test
    void theRightOfAccessFileOfAnUnknownAccountIs404AndStillRecorded() {
        expectProblem(get(ADMIN_TOKEN, "/api/v1/admin/accounts/nobody/personal-data"), 404, "ACCOUNT_NOT_FOUND");
        assertThat(ledger.lookups).singleElement()
                .extracting(StaffLookupRecorded::accountIds).isEqualTo(List.of());
    }

    @Test
    void auditorsListTheLookUpsOfAPeriodAPageAtATime() {
        get(AUDITOR_TOKEN, "/api/v1/audit/accounts/acc-christian/events").expectStatus().isOk();
        get(AUDITOR_TOKEN, "/api/v1/audit/accounts/acc-relation/events").expectStatus().isOk();

        get(AUDITOR_TOKEN, "/api/v1/audit/lookups?from=2026-12-01&to=2026-12-08T00:00:00Z&page=0&size=1")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.size").isEqualTo(1)
                .jsonPath("$.lookups.length()").isEqualTo(1)
                .jsonPath("$.lookups[0].staffActor").isEqualTo("auditor:api")
                .jsonPath("$.lookups[0].channel").isEqualTo("AUDIT_API");
    }

    @Test
    void badPeriodsAndPagesAreProblems() {
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/lookups?from=yesterday"), 400, "INVALID_REQUEST");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/lookups?from=2026-12-06&to=2026-12-05"), 400,
                "INVALID_REQUEST");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/lookups?size=0"), 400, "INVALID_REQUEST");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/lookups?size=501"), 400, "INVALID_REQUEST");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/lookups?page=-1"), 400, "INVALID_REQUEST");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/audit/lookups?page=x"), 400, "INVALID_REQUEST");
    }

    @Test
    void onlyTheAuditorListsLookUpsAndOnlyAdminsFetchAPersonsData() {
        expectProblem(get(ADMIN_TOKEN, "/api/v1/audit/lookups"), 403, "FORBIDDEN");
        expectProblem(get(AUDITOR_TOKEN, "/api/v1/admin/accounts/acc-christian/personal-data"), 403, "FORBIDDEN");
        expectProblem(client.get().uri("/api/v1/audit/lookups").exchange(), 401, "UNAUTHORIZED");
        assertThat(ledger.lookups).isEmpty();
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).accept(MediaType.ALL).exchange();
    }
}
