package dk.kantinekort.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (5): the till and admin API's authorization matrix. Every endpoint the running pos-adapter describes in
 * its OpenAPI document is called by each caller: nobody, a till of place A (the school), a till of place B (the
 * cinema), the admin integration and the auditor, with other people's ids in the path and the body (Anna's account
 * and Christian's card for everyone; a purchase place A's till made, for place B's till to refund). The answer of
 * every cell is written in {@link #EXPECTED}; an endpoint that appears in the document and not in the table (or the
 * other way round) fails the test, so a new endpoint is decided here before it ships.
 */
class RestAuthorizationMatrixTest {

    /** Who calls. */
    enum Caller {
        ANONYMOUS(null), TILL_A(DemoData.SCHOOL_TILL_TOKEN), TILL_B(DemoData.CINEMA_TILL_TOKEN), ADMIN("demo-admin"),
        AUDITOR("demo-auditor");

        final String token;

        Caller(String token) {
            this.token = token;
        }
    }

    /**
     * The expected status of each endpoint for ANONYMOUS, TILL_A, TILL_B, ADMIN, AUDITOR, in the order the calls are
     * made. 401: no or the wrong kind of credential; 403: the right kind, the wrong role or place; anything else:
     * the handler answered (400/404/409 for the samples' content, not for who asked).
     */
    static final String EXPECTED = """
            GET    /api/v1/cards/{cardNumber}/balance                            401 200 200 401 401
            POST   /api/v1/purchases                                             401 201 201 401 401
            POST   /api/v1/purchases/{purchaseId}/refunds                        401 201 403 401 401
            GET    /api/v1/offline-policy                                        401 200 200 401 401
            POST   /api/v1/offline-sales                                         401 400 400 401 401
            POST   /api/v1/admin/accounts                                        401 401 401 400 403
            POST   /api/v1/admin/accounts/{accountId}/deposits                   401 401 401 201 403
            POST   /api/v1/admin/accounts/{accountId}/payouts/{payoutId}/approval 401 401 401 409 403
            POST   /api/v1/admin/accounts/{accountId}/payouts/{payoutId}/rejection 401 401 401 400 403
            GET    /api/v1/admin/payouts                                         401 401 401 200 403
            GET    /api/v1/admin/accounts/{accountId}/personal-data              401 401 401 200 403
            GET    /api/v1/admin/accounts/{accountId}/offline-sales              401 401 401 200 403
            POST   /api/v1/admin/citizens/{citizenId}/forgetting                 401 401 401 400 403
            POST   /api/v1/admin/school-year/previews                            401 401 401 400 403
            POST   /api/v1/admin/school-year/imports                             401 401 401 400 403
            GET    /api/v1/admin/school-year/imports/{importId}                  401 401 401 404 403
            GET    /api/v1/admin/school-year/imports/{importId}/leavers          401 401 401 200 403
            POST   /api/v1/admin/accounts/{accountId}/closure                    401 401 401 400 403
            GET    /api/v1/admin/payment-discrepancies                           401 401 401 200 403
            GET    /api/v1/admin/bookkeeping/report                              401 401 401 400 403
            POST   /api/v1/admin/bookkeeping/closings                            401 401 401 400 403
            POST   /api/v1/admin/settlements                                     401 401 401 400 403
            GET    /api/v1/admin/settlements                                     401 401 401 200 403
            GET    /api/v1/admin/settlements/{reportId}                          401 401 401 404 403
            POST   /api/v1/admin/settlements/{reportId}/resolutions              401 401 401 404 403
            POST   /api/v1/admin/cards/{cardNumber}/block                        401 401 401 200 403
            POST   /api/v1/admin/cards/{cardNumber}/unblock                      401 401 401 200 403
            POST   /api/v1/admin/accounts/{accountId}/block                      401 401 401 200 403
            POST   /api/v1/admin/accounts/{accountId}/unblock                    401 401 401 200 403
            POST   /api/v1/admin/catalogue/products                              401 401 401 400 403
            PUT    /api/v1/admin/catalogue/products/{productId}/price            401 401 401 400 403
            DELETE /api/v1/admin/catalogue/products/{productId}                  401 401 401 404 403
            GET    /api/v1/admin/catalogue/places/{placeId}/products             401 401 401 200 403
            POST   /api/v1/admin/catalogue/plans                                 401 401 401 400 403
            PUT    /api/v1/admin/catalogue/plans/{planId}/price                  401 401 401 400 403
            DELETE /api/v1/admin/catalogue/plans/{planId}                        401 401 401 404 403
            GET    /api/v1/admin/catalogue/plans                                 401 401 401 200 403
            GET    /api/v1/admin/disputes                                        401 401 401 200 403
            POST   /api/v1/admin/disputes/{disputeId}/refund                     401 401 401 404 403
            POST   /api/v1/admin/disputes/{disputeId}/rejection                  401 401 401 404 403
            GET    /api/v1/audit/accounts/{accountId}/events                     401 401 401 403 200
            GET    /api/v1/audit/accounts/{accountId}/balance                    401 401 401 403 200
            GET    /api/v1/audit/accounts/{accountId}/export                     401 401 401 403 200
            GET    /api/v1/audit/export                                          401 401 401 403 200
            GET    /api/v1/audit/lookups                                         401 401 401 403 200
            POST   /api/v1/audit/ledger-checks                                   401 401 401 403 200
            GET    /api/v1/audit/ledger-checks/latest                            401 401 401 403 200
            GET    /api/v1/audit/rebuilds/latest                                 401 401 401 403 404
            POST   /api/v1/audit/rebuilds                                        401 401 401 403 202
            GET    /api/v1/audit/statement-proofs/{code}                         401 401 401 403 200
            POST   /api/v1/audit/statement-proofs                                401 401 401 403 400
            """;

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+(\\d{3})\\s+(\\d{3})\\s+(\\d{3})\\s+(\\d{3})\\s+(\\d{3})$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @TempDir
    Path dataDir;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
        Map<String, int[]> expected = parse(EXPECTED);
        RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir);
        try {
            Samples samples = new Samples(app);
            List<String> documented = documentedEndpoints(app);
            assertThat(new TreeSet<>(expected.keySet())).as("every documented endpoint has a row, and no more")
                    .isEqualTo(new TreeSet<>(documented));

            List<String> wrong = new ArrayList<>();
            StringBuilder observed = new StringBuilder();
            for (String endpoint : expected.keySet()) {
                String method = endpoint.substring(0, endpoint.indexOf(' '));
                String template = endpoint.substring(endpoint.indexOf(' ') + 1);
                int[] answers = new int[Caller.values().length];
                for (Caller caller : Caller.values()) {
                    String path = samples.fill(template, caller);
                    HttpResponse<String> response = send(app, method, path, caller, samples.bodyOf(method, template));
                    answers[caller.ordinal()] = response.statusCode();
                    if (response.statusCode() != expected.get(endpoint)[caller.ordinal()]) {
                        wrong.add(caller + " " + method + " " + path + " -> " + response.statusCode() + " (expected "
                                + expected.get(endpoint)[caller.ordinal()] + "): " + abbreviate(response.body()));
                    }
                    assertThat(response.statusCode()).as(caller + " " + method + " " + path).isLessThan(500);
                }
                observed.append(String.format("%-6s %-61s %d %d %d %d %d%n", method, template, answers[0],
                        answers[1], answers[2], answers[3], answers[4]));
            }
            assertThat(wrong).as("cells that differ from the table; observed:\n" + observed).isEmpty();
        } finally {
            app.close();
        }
    }

    private static Map<String, int[]> parse(String table) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            Matcher m = ROW.matcher(line.strip());
            assertThat(m.matches()).as("a row of the table: " + line).isTrue();
            int[] answers = new int[5];
            for (int i = 0; i < 5; i++) {
                answers[i] = Integer.parseInt(m.group(3 + i));
            }
            assertThat(rows.put(m.group(1) + " " + m.group(2), answers)).as("one row per endpoint").isNull();
        }
        return rows;
    }

    /** "METHOD /path/{variable}" of every operation in the running API's OpenAPI document. */
    private List<String> documentedEndpoints(RunningKantinekort app) throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + app.posPort() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        List<String> endpoints = new ArrayList<>();
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    endpoints.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return endpoints;
    }

    private HttpResponse<String> send(RunningKantinekort app, String method, String path, Caller caller, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(WAIT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (caller.token != null) {
            request.header("Authorization", "Bearer " + caller.token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.substring(0, Math.min(body.length(), 300));
    }

    /** Other people's ids and well-formed bodies for each endpoint. */
    private final class Samples {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final RunningKantinekort app;

        Samples(RunningKantinekort app) throws Exception {
            this.app = app;
            QueryGateway queries = app.core().getBean(QueryGateway.class);
            AccountSummary anna = await().atMost(WAIT).until(() -> queries.query(
                    new FindAccountByCard(DemoData.ANNA_CARD), AccountSummary.class).join(), a -> a != null);
            values.put("accountId", anna.accountId());
            values.put("cardNumber", DemoData.CHRISTIAN_CARD.value());
            values.put("payoutId", UUID.randomUUID().toString());
            values.put("productId", "no-such-product");
            values.put("planId", "no-such-plan");
            values.put("placeId", "gladsaxe-bio");
        }

        /** The path with its variables filled in; a refund names a new purchase place A's till made. */
        String fill(String template, Caller caller) throws Exception {
            Matcher m = VARIABLE.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = m.group(1).equals("purchaseId") ? purchaseAtPlaceA()
                        : values.getOrDefault(m.group(1), "x-1");
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return m.appendTail(out).toString();
        }

        String bodyOf(String method, String template) {
            if (!method.equals("POST") && !method.equals("PUT")) {
                return null;
            }
            if (template.equals("/api/v1/purchases")) {
                return purchase(DemoData.CHRISTIAN_CARD);
            }
            if (template.endsWith("/refunds")) {
                return "{\"amount\":100}";
            }
            if (template.endsWith("/deposits")) {
                return "{\"amount\":100,\"reference\":\"Kasse 1\"}";
            }
            return "{}";
        }

        private String purchaseAtPlaceA() throws Exception {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> bought = http.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + app.posPort() + "/api/v1/purchases"))
                    .header("Authorization", "Bearer " + Caller.TILL_A.token).header("Idempotency-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(purchase(DemoData.CHRISTIAN_CARD))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bought.statusCode()).as(bought.body()).isEqualTo(201);
            return JSON.readTree(bought.body()).path("purchaseId").asText();
        }

        private String purchase(CardNumber card) {
            return """
                    {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":100}],"total":100}"""
                    .formatted(card.value());
        }
    }
}
