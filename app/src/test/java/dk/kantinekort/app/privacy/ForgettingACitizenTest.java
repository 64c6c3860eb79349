package dk.kantinekort.app.privacy;

import dk.kantinekort.app.AppWithoutLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.app.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Right to erasure on the whole embedded default (decision record 16): a person with a name, CPR number, address,
 * e-mail, a staff reference on a deposit, a block reason and a purchase is forgotten through the admin API. After
 * that no read-model collection, no line of the audit export and no row of any table of the event store's database
 * holds the name, the CPR number, the date of birth (also as the masked "ddmmyy") or the e-mail; every amount stays
 * and the ledger check passes.
 */
class ForgettingACitizenTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "demo-admin";
    private static final String AUDITOR = "demo-auditor";

    static final String CPR = "1403951237";
    static final String BORN = "140395";
    static final String NAME = "Birgitte Sletmigsen";
    static final String EMAIL = "birgitte.sletmigsen@example.dk";
    /** What must be found nowhere afterwards (case-insensitive). */
    static final List<String> TRACES = List.of("sletmigsen", CPR, BORN, "14-03-1995", "14.03.1995", "birgitte");

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static final HttpClient http = HttpClient.newHttpClient();
    static AccountOpening opening;

    @BeforeAll
    static void start() throws Exception {
        await().atMost(WAIT).until(() -> get(ADMIN, "/api/v1/admin/payouts").statusCode() == 200);
        CommandGateway commands = running.app().core().getBean(CommandGateway.class);
        CardNumber card = new CardNumber("7" + (100_000_000L + (long) (Math.random() * 899_999_999L)));
        opening = commands.sendAndWait(new OpenAccountForPerson(Cpr.parse(CPR), NAME, EMAIL, card, null));
        commands.sendAndWait(new ChangeContactDetails(opening.citizenId(), new ContactDetails(NAME, EMAIL,
                "Sletmigsensvej 7", "2860", "Søborg", null, null)));
        ok(post(ADMIN, "/api/v1/admin/accounts/" + opening.accountId() + "/deposits", UUID.randomUUID().toString(),
                "{\"amount\":5000,\"reference\":\"kontant fra Birgitte Sletmigsen\"}"));
        ok(post(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/purchases", UUID.randomUUID().toString(),
                "{\"cardNumber\":\"%s\",\"lines\":[{\"sku\":\"MAD\",\"name\":\"Frokost\",\"quantity\":1,\"unitPrice\":1200}],\"total\":1200}"
                        .formatted(card.value())));
        ok(post(ADMIN, "/api/v1/admin/cards/" + card.value() + "/block", null,
                "{\"reason\":\"Birgitte Sletmigsen har mistet kortet\"}"));
    }

    @Test
    void aForgottenPersonIsFoundNowhereWhileEveryAmountStaysAndTheLedgerBalances() throws Exception {
        HttpResponse<String> refused = post(ADMIN, "/api/v1/admin/citizens/" + opening.citizenId() + "/forgetting",
                null, "{\"reason\":\"CITIZEN_REQUEST\"}");
        assertThat(refused.statusCode()).as("money is left: paid out first").isEqualTo(409);
        assertThat(refused.body()).contains("BALANCE_REMAINING");
        assertThat(post(ADMIN, "/api/v1/admin/citizens/" + opening.citizenId() + "/forgetting", null, "{}")
                .statusCode()).as("a reason is required").isEqualTo(400);

        String payoutId = UUID.randomUUID().toString();
        running.app().core().getBean(CommandGateway.class).sendAndWait(RequestPayout.toNemKonto(opening.accountId(), payoutId));
        ok(post(ADMIN, "/api/v1/admin/accounts/" + opening.accountId() + "/payouts/" + payoutId + "/approval", null,
                "{}"));
        HttpResponse<String> forgotten = post(ADMIN, "/api/v1/admin/citizens/" + opening.citizenId()
                + "/forgetting", null, "{\"reason\":\"CITIZEN_REQUEST\"}");
        assertThat(forgotten.statusCode()).as(forgotten.body()).isEqualTo(204);
        awaitReadModelsCaughtUp();

        await().atMost(WAIT).untilAsserted(() -> assertThat(tracesIn(readModels())).isEmpty());
        assertThat(tracesIn(get(AUDITOR, "/api/v1/audit/export").body())).as("the audit export").isEmpty();
        assertThat(tracesIn(eventStoreDatabase())).as("every table of the event store's database").isEmpty();

        JsonNode history = JSON.readTree(get(AUDITOR, "/api/v1/audit/accounts/" + opening.accountId() + "/events")
                .body()).path("events");
        List<Long> amounts = new ArrayList<>();
        history.forEach(e -> {
            if (e.hasNonNull("amount")) {
                amounts.add(e.path("amount").asLong());
            }
        });
        assertThat(amounts).as("deposit, purchase, payout: every amount stays").containsExactly(5_000L, -1_200L,
                -3_800L);
        JsonNode check = JSON.readTree(post(AUDITOR, "/api/v1/audit/ledger-checks", null, null).body());
        assertThat(check.path("passed").asBoolean()).as(check.toString()).isTrue();
    }

    private static List<String> tracesIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return TRACES.stream().filter(t -> lower.contains(t.toLowerCase(Locale.ROOT))).toList();
    }

    /** Every document of every collection of the read-model database, as JSON. */
    private static String readModels() {
        MongoDatabase database = running.app().core().getBean("readModelDatabase", MongoDatabase.class);
        StringBuilder all = new StringBuilder();
        for (String name : database.listCollectionNames()) {
            for (Document document : database.getCollection(name).find()) {
                all.append(name).append(' ').append(document.toJson()).append('\n');
            }
        }
        return all.toString();
    }

    /** Every row of every table of the event store's database (payloads and metadata as UTF-8 text). */
    private static String eventStoreDatabase() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection connection = running.app().core().getBean(DataSource.class).getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (!"INFORMATION_SCHEMA".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                        tables.add('"' + rs.getString("TABLE_SCHEM") + "\".\"" + rs.getString("TABLE_NAME") + '"');
                    }
                }
            }
            assertThat(tables.toString().toLowerCase(Locale.ROOT)).contains("domainevententry", "citizen_directory");
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = rows.getObject(c);
                            all.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    : value instanceof java.sql.Blob blob
                                    ? new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8)
                                    : String.valueOf(value)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static void awaitReadModelsCaughtUp() {
        QueryGateway queries = running.app().core().getBean(QueryGateway.class);
        await().atMost(WAIT).until(() -> queries.query(new FindReadModelStatus(), ReadModelStatus.class).join(),
                status -> status.state() == ReadModelStatus.State.READY && status.processors().stream()
                        .allMatch(p -> p.position() != null && p.head() != null && p.position() >= p.head()));
    }

    static HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String token, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = request(token, path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 299);
        return response;
    }
}
