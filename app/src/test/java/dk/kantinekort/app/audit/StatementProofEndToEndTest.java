package dk.kantinekort.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.proof.FindStatementProof;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.app.RunningKantinekort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements that prove themselves, on the whole embedded default (issue 17): two pupils' accounts, a ledger check
 * that publishes the chain heads, then one stored event changed directly in the H2 event store. The ledger check and
 * Bekræft kontoudskrift (the audit API) both name exactly that account; the other account's statement still matches.
 */
class StatementProofEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDITOR = "demo-auditor";
    private static final String ADMIN = "demo-admin";

    @TempDir
    static Path dataDir;
    static RunningKantinekort app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = AppUnderTest.startWithoutLogin(dataDir, "--canteen.audit.recheck-pause=PT0.2S");
        await().atMost(WAIT).until(() -> get(ADMIN, "/api/v1/admin/payouts").statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void oneStoredEventChangedInTheDatabaseIsReportedForExactlyItsAccountByTheCheckAndByBekraeft() throws Exception {
        String ida = open("0101121234", "Ida Elev", "B1B2C3D4");
        String bo = open("0202121234", "Bo Elev", "B1B2C3D5");
        deposit(ida, 20_000, "ida");
        deposit(bo, 5_000, "bo");
        buy("B1B2C3D4", 3_500, "proof-1");
        buy("B1B2C3D5", 1_200, "proof-2");
        StatementProof idas = awaitProof(ida);
        StatementProof bos = awaitProof(bo);

        JsonNode clean = JSON.readTree(post(AUDITOR, "/api/v1/audit/ledger-checks").body());
        assertThat(clean.path("passed").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.path("chainBreaks")).isEmpty();
        String report = newestReport();
        assertThat(report).as("the heads are published outside the store")
                .contains(ida, bo, bos.hash(), "\"chainRoot\"");
        assertThat(verify(bos.code()).path("outcome").asText()).isEqualTo("MATCHES");
        assertThat(verify(bos.code()).path("publishedPosition").asLong()).isEqualTo(bos.position());

        // an insider edits Bo's purchase in the event store: the product's name, the amounts left alone
        long purchase = changeStoredPurchase(bo, "\"name\":\"Frokost\"", "\"name\":\"Frikost\"");

        JsonNode check = JSON.readTree(post(AUDITOR, "/api/v1/audit/ledger-checks").body());
        assertThat(check.path("passed").asBoolean()).isFalse();
        assertThat(check.path("differences")).as("the balances are untouched").isEmpty();
        assertThat(check.path("inconsistencies")).isEmpty();
        assertThat(check.path("chainBreaks")).hasSize(1);
        assertThat(check.path("chainBreaks").get(0).path("accountId").asText()).isEqualTo(bo);
        assertThat(check.path("chainBreaks").get(0).path("position").asLong()).isEqualTo(purchase);
        assertThat(check.path("chainBreaks").get(0).path("against").asText()).isEqualTo("PUBLISHED");
        assertThat(newestReport()).as("the changed account's good head is carried forward").contains(bos.hash());

        JsonNode bosStatement = verify(bos.code());
        assertThat(bosStatement.path("outcome").asText()).isEqualTo("LEDGER_ALTERED");
        assertThat(bosStatement.path("accountId").asText()).isEqualTo(bo);
        assertThat(verify(idas.code()).path("outcome").asText()).isEqualTo("MATCHES");
        assertThat(verify("ZZZZ-ZZZZ-ZZZZ").path("outcome").asText()).isEqualTo("UNKNOWN_CODE");
        assertThat(get(AUDITOR, "/api/v1/audit/statement-proofs/" + idas.code() + "?hash=" + "00".repeat(32))
                .body()).contains("STATEMENT_ALTERED");
        HttpResponse<String> uploaded = http.send(request(AUDITOR, "/api/v1/audit/statement-proofs")
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(
                        statementPdf(idas))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(JSON.readTree(uploaded.body()).path("outcome").asText()).isEqualTo("MATCHES");
    }

    /** A PDF carrying a statement's proof in its Keywords, as the portal writes them. */
    private static byte[] statementPdf(StatementProof proof) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.addKeywords("kantinekort-proof " + proof.code() + " " + proof.position() + " " + proof.hash());
        document.open();
        document.add(new com.lowagie.text.Paragraph("Kontoudtog"));
        document.close();
        return out.toByteArray();
    }

    /** Rewrites the payload of the account's purchase in DomainEventEntry; answers its sequence number. */
    private static long changeStoredPurchase(String accountId, String from, String to) throws Exception {
        DataSource dataSource = app.core().getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection()) {
            long sequence;
            byte[] payload;
            try (PreparedStatement select = connection.prepareStatement("SELECT sequenceNumber, payload FROM "
                    + "DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE '%PurchaseMade'")) {
                select.setString(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    sequence = row.getLong(1);
                    payload = row.getBytes(2);
                }
            }
            String json = new String(payload, StandardCharsets.UTF_8);
            assertThat(json).contains(from);
            try (PreparedStatement update = connection.prepareStatement("UPDATE DomainEventEntry SET payload = ? "
                    + "WHERE aggregateIdentifier = ? AND sequenceNumber = ?")) {
                update.setBytes(1, json.replace(from, to).getBytes(StandardCharsets.UTF_8));
                update.setString(2, accountId);
                update.setLong(3, sequence);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return sequence;
        }
    }

    private static StatementProof awaitProof(String accountId) {
        QueryGateway queries = app.core().getBean(QueryGateway.class);
        // the deposit and the purchase are chained (open, card, deposit, purchase: position 3 or later)
        return await().atMost(WAIT).until(() -> queries.query(
                new FindStatementProof(accountId, Instant.now().plusSeconds(60)), StatementProof.class).join(),
                proof -> proof != null && proof.balanceAfter() != null && proof.position() >= 3);
    }

    private static JsonNode verify(String code) throws Exception {
        HttpResponse<String> answer = get(AUDITOR, "/api/v1/audit/statement-proofs/" + code);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String newestReport() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("ledger-checks"))) {
            List<Path> reports = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            assertThat(reports).isNotEmpty();
            return Files.readString(reports.get(reports.size() - 1));
        }
    }

    private static String open(String cpr, String name, String card) throws Exception {
        HttpResponse<String> opened = post(ADMIN, "/api/v1/admin/accounts", null,
                "{\"cpr\":\"%s\",\"name\":\"%s\",\"email\":\"elev@example.dk\",\"cardNumber\":\"%s\",\"allowedUnits\":[\"SCHOOL\"]}"
                        .formatted(cpr, name, card));
        assertThat(opened.statusCode()).as(opened.body()).isBetween(200, 299);
        return JSON.readTree(opened.body()).path("accountId").asText();
    }

    private static void deposit(String accountId, long ore, String key) throws Exception {
        HttpResponse<String> answer = post(ADMIN, "/api/v1/admin/accounts/" + accountId + "/deposits", "cash-" + key,
                "{\"amount\":%d,\"reference\":\"kasse 1\"}".formatted(ore));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    private static void buy(String card, long ore, String key) throws Exception {
        HttpResponse<String> answer = post(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/purchases", key,
                "{\"cardNumber\":\"%s\",\"lines\":[{\"sku\":\"MAD\",\"name\":\"Frokost\",\"quantity\":1,\"unitPrice\":%d}],\"total\":%d}"
                        .formatted(card, ore, ore));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String token, String path) throws Exception {
        return http.send(request(token, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String token, String path, String key, String json) throws Exception {
        HttpRequest.Builder builder = request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
    }
}
