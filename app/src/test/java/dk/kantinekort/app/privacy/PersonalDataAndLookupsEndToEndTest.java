package dk.kantinekort.app.privacy;

import dk.kantinekort.app.AppWithoutLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.app.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15 on the whole embedded default with its demo data: the right-of-access file of Christian (who acts for "Test
 * Harms Relation" through an approved link) holds his name, accounts and statement lines and the linked person's, and
 * nothing of Anna; every staff look-up through the APIs lands in the event store and in the auditors' list.
 */
class PersonalDataAndLookupsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "demo-admin";
    private static final String AUDITOR = "demo-auditor";

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static final HttpClient http = HttpClient.newHttpClient();
    static AccountSummary christian;
    static AccountSummary anna;

    @BeforeAll
    static void start() {
        christian = await().atMost(WAIT).until(() -> account(DemoData.CHRISTIAN_CARD.value()), a -> a != null);
        anna = await().atMost(WAIT).until(() -> account(DemoData.ANNA_CARD.value()), a -> a != null);
    }

    @Test
    void theFileHoldsTheCitizensNameAccountsAndStatementLinesAndTheLinkedPersonsButNothingOfAnUnrelatedCitizen()
            throws Exception {
        HttpResponse<String> answer = get(ADMIN, "/api/v1/admin/accounts/" + christian.accountId() + "/personal-data");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));
        JsonNode file = JSON.readTree(answer.body());
        JsonNode self = file.path("people").path(0);
        assertThat(self.path("relationToYou").asText()).isEqualTo("yourself");
        assertThat(self.path("name").asText()).isEqualTo("Christian Harms");
        JsonNode account = self.path("cardAccounts").path(0);
        assertThat(account.path("accountId").asText()).isEqualTo(christian.accountId());
        assertThat(account.path("cardNumber").asText()).isEqualTo(DemoData.CHRISTIAN_CARD.value());
        assertThat(account.path("balance").asText()).isEqualTo("65,00 kr.");
        assertThat(account.path("statementLines").size()).isPositive();
        assertThat(account.path("statementLines").path(0).path("amount").asText()).endsWith(" kr.");
        assertThat(account.path("eventHistory").findValuesAsText("whatHappened")).contains("Card account opened");
        List<String> names = new ArrayList<>(file.path("people").findValuesAsText("relationToYou"));
        assertThat(names).contains("a person you act for through an approved link");
        assertThat(answer.body()).contains("Test Harms Relation", DemoData.RELATION_CARD.value());
        assertThat(answer.body()).doesNotContain("Anna Jensen", DemoData.ANNA_CARD.value(), anna.accountId(),
                anna.citizenId());
    }

    @Test
    void eachStaffLookUpThroughTheApisIsInTheAuditorsListWithWhoAndWhom() throws Exception {
        assertThat(get(ADMIN, "/api/v1/admin/accounts/" + anna.accountId() + "/personal-data").statusCode())
                .isEqualTo(200);
        assertThat(get(AUDITOR, "/api/v1/audit/accounts/" + anna.accountId() + "/events").statusCode())
                .isEqualTo(200);

        JsonNode lookups = await().atMost(WAIT).until(
                () -> JSON.readTree(get(AUDITOR, "/api/v1/audit/lookups?size=500").body()).path("lookups"),
                list -> count(list, anna.accountId()) >= 2);
        List<String> seen = new ArrayList<>();
        for (JsonNode lookup : lookups) {
            if (lookup.path("accountIds").toString().contains(anna.accountId())) {
                seen.add(lookup.path("staffActor").asText() + " " + lookup.path("channel").asText() + " "
                        + lookup.path("purpose").asText() + " " + lookup.path("citizenIds").toString());
            }
        }
        assertThat(seen).anySatisfy(s -> assertThat(s).startsWith("admin:default ADMIN_API PERSONAL_DATA_EXPORT")
                .contains(anna.citizenId()));
        assertThat(seen).anySatisfy(s -> assertThat(s).startsWith("auditor:api AUDIT_API ACCOUNT_HISTORY"));
        assertThat(get(ADMIN, "/api/v1/audit/lookups").statusCode()).isEqualTo(403);
        assertThat(get(AUDITOR, "/api/v1/audit/lookups?from=tomorrow").statusCode()).isEqualTo(400);
    }

    private static long count(JsonNode lookups, String accountId) {
        long n = 0;
        for (JsonNode lookup : lookups) {
            if (lookup.path("accountIds").toString().contains(accountId)) {
                n++;
            }
        }
        return n;
    }

    private static AccountSummary account(String card) {
        return running.app().core().getBean(QueryGateway.class).query(
                new FindAccountByCard(dk.kantinekort.api.card.CardNumber.parse(card)),
                ResponseTypes.instanceOf(AccountSummary.class)).join();
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
