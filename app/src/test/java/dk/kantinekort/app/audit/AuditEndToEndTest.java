package dk.kantinekort.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.account.ChargeFee;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit API on the whole embedded default: a scripted day of activity through the real command side (admin
 * API, till API, commands), then history, balance, export, ledger check and rebuild as an auditor sees them. One app
 * for the class; the day is run once.
 */
class AuditEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDITOR = "demo-auditor";
    private static final String ADMIN = "demo-admin";

    @TempDir
    static Path dataDir;
    static RunningKantinekort app;
    static final HttpClient http = HttpClient.newHttpClient();
    static String ida;
    static String bo;
    static Instant middayOfIda;

    @BeforeAll
    static void startAndRunADay() throws Exception {
        app = AppUnderTest.startWithoutLogin(dataDir, "--canteen.audit.recheck-pause=PT0.2S");
        await().atMost(WAIT).until(() -> get(ADMIN, "/api/v1/admin/payouts").statusCode() == 200);
        ScriptedDay day = new ScriptedDay();
        day.run();
        ida = day.ida;
        bo = day.bo;
        middayOfIda = day.midday;
        awaitReadModelsCaughtUp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theHistoryOfAnAccountListsEveryEventInOrderWithActorChannelAndCorrelationId() throws Exception {
        JsonNode events = JSON.readTree(get(AUDITOR, "/api/v1/audit/accounts/" + ida + "/events").body())
                .path("events");

        List<String> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("sequenceNumber").asLong()).isEqualTo(i);
            types.add(events.get(i).path("type").asText());
        }
        assertThat(types).startsWith("CardAccountOpened", "CardIssued", "MoneyDeposited", "PurchaseMade")
                .contains("PurchaseRefunded", "FeeCharged", "CardBlocked", "CardUnblocked", "BalancePaidOut");
        JsonNode deposit = events.get(2);
        assertThat(deposit.path("payload").path("amount").asLong()).isEqualTo(20_000);
        assertThat(deposit.path("actor").asText()).startsWith("admin:");
        assertThat(deposit.path("channel").asText()).isEqualTo("ADMIN_API");
        assertThat(deposit.path("correlationId").asText()).isEqualTo("audit-day-deposit-ida");
        assertThat(events.get(3).path("channel").asText()).isEqualTo("TILL");
        JsonNode purchase = events.get(3);
        assertThat(purchase.path("amount").asLong())
                .isEqualTo(-purchase.path("payload").path("total").asLong()).isNegative();
        assertThat(purchase.path("balanceAfter").asLong())
                .isEqualTo(deposit.path("balanceAfter").asLong() + purchase.path("amount").asLong());
    }

    @Test
    void theBalanceAsOfAnInstantIsTheFoldOfTheEventsUpToIt() throws Exception {
        JsonNode midday = JSON.readTree(get(AUDITOR, "/api/v1/audit/accounts/" + ida + "/balance?at="
                + middayOfIda).body());
        JsonNode now = JSON.readTree(get(AUDITOR, "/api/v1/audit/accounts/" + ida + "/balance").body());

        assertThat(midday.path("balance").asLong()).as("deposit 200,00 minus 35,00").isEqualTo(16_500);
        assertThat(midday.path("consistent").asBoolean()).isTrue();
        assertThat(now.path("balance").asLong()).as("paid out").isZero();
        assertThat(now.path("consistent").asBoolean()).isTrue();
    }

    @Test
    void anAccountsExportHasOneLinePerEventEqualToItsHistory() throws Exception {
        JsonNode events = JSON.readTree(get(AUDITOR, "/api/v1/audit/accounts/" + ida + "/events").body())
                .path("events");

        HttpResponse<String> export = get(AUDITOR, "/api/v1/audit/accounts/" + ida + "/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(events.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JSON.readTree(lines.get(i))).isEqualTo(events.get(i));
        }
    }

    @Test
    void theWholeExportIsStreamedAndHoldsEveryAccountsEventsInOrder() throws Exception {
        HttpResponse<InputStream> response = http.send(request(AUDITOR, "/api/v1/audit/export").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).as("streamed, not sized up front").isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            JsonNode first = JSON.readTree(reader.readLine());
            assertThat(first.path("timestamp").asText()).isNotBlank();
            lines.add(first);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(JSON.readTree(line));
            }
        }
        List<JsonNode> idasInExport = lines.stream().filter(l -> ida.equals(l.path("aggregateId").asText())).toList();
        JsonNode idasHistory = JSON.readTree(get(AUDITOR, "/api/v1/audit/accounts/" + ida + "/events").body())
                .path("events");
        assertThat(idasInExport).hasSize(idasHistory.size());
        for (int i = 0; i < idasInExport.size(); i++) {
            assertThat(idasInExport.get(i)).isEqualTo(idasHistory.get(i));
        }
        assertThat(lines.stream().map(l -> l.path("eventId").asText()).distinct().count()).isEqualTo(lines.size());
    }

    @Test
    void theLedgerCheckListsExactlyTheAccountWhoseReadModelRowWasCorrupted() throws Exception {
        JsonNode clean = JSON.readTree(post(AUDITOR, "/api/v1/audit/ledger-checks").body());
        assertThat(clean.path("passed").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.path("startedAt").asText()).as("instants as ISO-8601 text")
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(clean.path("totals").path("moneyIn").asLong()).isEqualTo(clean.path("totals").path("moneyOut")
                .asLong() + clean.path("totals").path("sumOfBalances").asLong());

        summaries().updateOne(Filters.eq("_id", bo), Updates.set("balance", 99_900L));
        try {
            HttpResponse<String> answer = post(AUDITOR, "/api/v1/audit/ledger-checks");
            JsonNode check = JSON.readTree(answer.body());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(check.path("passed").asBoolean()).isFalse();
            assertThat(check.path("differences")).hasSize(1);
            JsonNode difference = check.path("differences").get(0);
            assertThat(difference.path("accountId").asText()).isEqualTo(bo);
            assertThat(difference.path("readModelBalance").asLong()).isEqualTo(99_900);
            assertThat(difference.path("ledgerBalance").asLong()).isEqualTo(5_000 - 1_200);
            JsonNode latest = JSON.readTree(get(AUDITOR, "/api/v1/audit/ledger-checks/latest").body());
            assertThat(latest.path("checkId").asText()).isEqualTo(check.path("checkId").asText());
        } finally {
            summaries().updateOne(Filters.eq("_id", bo), Updates.set("balance", 5_000L - 1_200L));
        }
    }

    @Test
    void aRebuildLeavesEveryReadModelAsItWasWhileTheApiKeepsAnswering() throws Exception {
        awaitReadModelsCaughtUp();
        Map<String, List<String>> before = readModels();

        HttpResponse<String> started = post(AUDITOR, "/api/v1/audit/rebuilds");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(get(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/cards/" + DemoData.ANNA_CARD.value() + "/balance")
                .statusCode()).as("the till API answers during the rebuild").isIn(200, 404);
        JsonNode done = await().atMost(WAIT).until(
                () -> JSON.readTree(get(AUDITOR, "/api/v1/audit/rebuilds/latest").body()),
                status -> "READY".equals(status.path("state").asText()));
        assertThat(done.path("finishedAt").asText()).isNotBlank();
        assertThat(done.path("processors")).allSatisfy(p -> assertThat(p.path("done").asBoolean()).isTrue());

        assertThat(readModels()).isEqualTo(before);
    }

    @Test
    void eachStaffTokenKeepsToItsOwnApi() throws Exception {
        assertThat(get(ADMIN, "/api/v1/audit/ledger-checks/latest").statusCode()).isEqualTo(403);
        assertThat(get(AUDITOR, "/api/v1/admin/payouts").statusCode()).isEqualTo(403);
        assertThat(get(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/audit/accounts/" + ida + "/events").statusCode())
                .isEqualTo(401);
        HttpResponse<String> tillAsAuditor = get(AUDITOR, "/api/v1/cards/" + DemoData.ANNA_CARD.value() + "/balance");
        assertThat(tillAsAuditor.statusCode()).isEqualTo(401);
        assertThat(tillAsAuditor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** Every read-model collection (not the processors' tokens), documents in _id order, Mongo's own ids left out. */
    private static Map<String, List<String>> readModels() {
        MongoDatabase database = app.core().getBean("readModelDatabase", MongoDatabase.class);
        Map<String, List<String>> collections = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            // the statement proofs' chain is evidence kept as events arrive, not a read model a rebuild replays
            if (name.equals("tracking_tokens") || name.startsWith("system.") || name.startsWith("statement_chain")) {
                continue;
            }
            List<String> documents = new ArrayList<>();
            for (Document document : database.getCollection(name).find()) {
                if (document.get("_id") instanceof ObjectId) {
                    document.remove("_id");
                }
                documents.add(document.toJson());
            }
            documents.sort(Comparator.naturalOrder());
            collections.put(name, documents);
        }
        return collections;
    }

    private static com.mongodb.client.MongoCollection<Document> summaries() {
        return app.core().getBean("readModelDatabase", MongoDatabase.class).getCollection("account_summaries");
    }

    private static void awaitReadModelsCaughtUp() {
        QueryGateway queries = app.core().getBean(QueryGateway.class);
        await().atMost(WAIT).until(() -> queries.query(new FindReadModelStatus(), ReadModelStatus.class).join(),
                status -> status.state() == ReadModelStatus.State.READY && status.processors().stream()
                        .allMatch(p -> p.position() != null && p.head() != null && p.position() >= p.head()));
    }

    static HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String token, String path) throws Exception {
        return http.send(request(token, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String token, String path, String key, String correlationId, String json)
            throws Exception {
        HttpRequest.Builder builder = request(token, path).header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId).POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
    }

    /** Opens two pupils' accounts and moves money the ways the ledger knows, through the real command side. */
    static final class ScriptedDay {
        String ida;
        String bo;
        Instant midday;

        void run() throws Exception {
            CommandGateway commands = app.core().getBean(CommandGateway.class);
            ida = open("0101121234", "Ida Elev", "A1B2C3D4");
            bo = open("0202121234", "Bo Elev", "A1B2C3D5");
            ok(post(ADMIN, "/api/v1/admin/accounts/" + ida + "/deposits", "cash-ida", "audit-day-deposit-ida",
                    "{\"amount\":20000,\"reference\":\"kasse 1\"}"));
            ok(post(ADMIN, "/api/v1/admin/accounts/" + bo + "/deposits", "cash-bo", "audit-day-deposit-bo",
                    "{\"amount\":5000,\"reference\":\"kasse 1\"}"));
            buy("A1B2C3D4", 3_500, "day-1");
            midday = Instant.now();
            await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(midday.plusMillis(20)));
            String lunch = JSON.readTree(buy("A1B2C3D4", 2_000, "day-2").body()).path("purchaseId").asText();
            buy("A1B2C3D5", 1_200, "day-3");
            ok(post(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/purchases/" + lunch + "/refunds", "day-refund",
                    "audit-day-refund", "{\"amount\":1000}"));
            commands.sendAndWait(new ChargeFee(ida, UUID.randomUUID().toString(), Money.ofOre(2_500),
                    FeeKind.REPLACEMENT_CARD));
            ok(post(ADMIN, "/api/v1/admin/cards/A1B2C3D4/block", null, "audit-day-block", "{}"));
            ok(post(ADMIN, "/api/v1/admin/cards/A1B2C3D4/unblock", null, "audit-day-unblock", "{}"));
            String payoutId = UUID.randomUUID().toString();
            commands.sendAndWait(RequestPayout.toNemKonto(ida, payoutId));
            ok(post(ADMIN, "/api/v1/admin/accounts/" + ida + "/payouts/" + payoutId + "/approval", null,
                    "audit-day-payout", "{}"));
        }

        private String open(String cpr, String name, String card) throws Exception {
            HttpResponse<String> opened = post(ADMIN, "/api/v1/admin/accounts", null, "audit-day-open-" + card,
                    "{\"cpr\":\"%s\",\"name\":\"%s\",\"email\":\"elev@example.dk\",\"cardNumber\":\"%s\",\"allowedUnits\":[\"SCHOOL\"]}"
                            .formatted(cpr, name, card));
            ok(opened);
            return JSON.readTree(opened.body()).path("accountId").asText();
        }

        private HttpResponse<String> buy(String card, long ore, String key) throws Exception {
            return ok(post(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/purchases", key, "audit-" + key,
                    "{\"cardNumber\":\"%s\",\"lines\":[{\"sku\":\"MAD\",\"name\":\"Frokost\",\"quantity\":1,\"unitPrice\":%d}],\"total\":%d}"
                            .formatted(card, ore, ore)));
        }

        private static HttpResponse<String> ok(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 299);
            return response;
        }
    }
}
