package dk.kantinekort.app.security;

import dk.kantinekort.app.AppWithoutLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 on the whole embedded default: the demo till token tries the admin and audit APIs through paths the router
 * reads differently from a prefix check (matrix parameters, percent-encoded letters, dot segments), and the portal is
 * asked for pages behind its login the same way. Everything is refused as not canonical; the balance stays.
 */
class PathSpellingAttacksEndToEndTest {

    private static final String TILL = "demo-till-skole-1";
    private static final String ADMIN = "demo-admin";
    private static final String AUDITOR = "demo-auditor";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theDemoTillTokenCannotDepositThroughAMatrixParameterAndTheBalanceStays() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                send("GET", running.app().posPort(), "/api/v1/cards/1562265116/balance", TILL, null).statusCode())
                .as("the demo till token is a valid till token").isEqualTo(200));
        String accountId = openedAccountWith1000Ore();

        for (String target : List.of("/api/v1/admin;x/accounts/" + accountId + "/deposits",
                "/api/v1/admin;x=1/accounts/" + accountId + "/deposits",
                "/api/v1/%61dmin/accounts/" + accountId + "/deposits",
                "/api/v1/purchases/../admin/accounts/" + accountId + "/deposits")) {
            HttpResponse<String> attack = send("POST", running.app().posPort(), target, TILL, "{\"amount\":500000,\"reference\":\"x\"}");
            assertThat(attack.statusCode()).as(target + " " + attack.body()).isEqualTo(400);
            assertThat(attack.body()).contains("\"reason\":\"INVALID_REQUEST\"", "not canonical");
        }
        assertThat(send("POST", running.app().posPort(), "/api/v1/admin/accounts/" + accountId + "/deposits", TILL,
                "{\"amount\":500000,\"reference\":\"x\"}").statusCode()).isEqualTo(401);

        JsonNode balance = JSON.readTree(send("GET", running.app().posPort(), "/api/v1/audit/accounts/" + accountId + "/balance",
                AUDITOR, null).body());
        assertThat(balance.path("balance").asLong()).as(balance.toString()).isEqualTo(1000);
    }

    @Test
    void theDemoTillTokenCannotListPayoutsNorExportTheHistory() throws Exception {
        for (String target : List.of("/api/v1/admin;x=1/payouts", "/api/v1/%61dmin/payouts", "/api/v1/%61udit/export",
                "/api/v1/audit;x/export", "/api/v1//audit/export", "/api/v1/audit/export/")) {
            HttpResponse<String> attack = send("GET", running.app().posPort(), target, TILL, null);
            assertThat(attack.statusCode()).as(target).isEqualTo(400);
            assertThat(attack.body()).as(target).doesNotContain("eventId");
        }
        assertThat(send("GET", running.app().posPort(), "/api/v1/audit/export", TILL, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", running.app().posPort(), "/api/v1/admin/payouts", TILL, null).statusCode()).isEqualTo(401);
    }

    @Test
    void thePortalRefusesPathsThatHideAPageBehindItsOpenParts() throws Exception {
        for (String target : List.of("/styles/..;/kontoudskrift", "/styles;x/../kontoudskrift", "/styles/%2e%2e/kontoudskrift",
                "/actuator/health/..%2F..%2Fkontoudskrift", "//kontoudskrift", "/kontoudskrift;jsessionid=x",
                "/psp%2Fwebhooks")) {
            HttpResponse<String> answer = send("GET", running.app().portalPort(), target, null, null);
            String location = answer.headers().firstValue("Location").orElse("");
            // Tomcat refuses an encoded slash (400); the rest ends at the login page like the plain address: no page is
            // served without a login, whatever the spelling
            assertThat(answer.statusCode() == 400 || answer.statusCode() == 302 && location.endsWith("/login"))
                    .as(target + " -> " + answer.statusCode() + " " + location).isTrue();
        }
        HttpResponse<String> page = send("GET", running.app().portalPort(), "/kontoudskrift", null, null);
        assertThat(page.statusCode()).as("a page behind the login sends the visitor to log in").isIn(302, 303, 401);
    }

    private static String openedAccountWith1000Ore() throws Exception {
        var random = ThreadLocalRandom.current();
        String cpr = "%02d%02d%02d%04d".formatted(random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(0, 100),
                random.nextInt(10_000));
        String card = Long.toString(random.nextLong(1_000_000_000L, 10_000_000_000L));
        HttpResponse<String> opened = send("POST", running.app().posPort(), "/api/v1/admin/accounts", ADMIN,
                "{\"cpr\":\"%s\",\"name\":\"Angrebet Konto\",\"cardNumber\":\"%s\"}".formatted(cpr, card));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String accountId = JSON.readTree(opened.body()).path("accountId").asText();
        assertThat(send("POST", running.app().posPort(), "/api/v1/admin/accounts/" + accountId + "/deposits", ADMIN,
                "{\"amount\":1000,\"reference\":\"kasse 1\"}").statusCode()).isEqualTo(201);
        return accountId;
    }

    private static HttpResponse<String> send(String method, int port, String target, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                .timeout(Duration.ofSeconds(20))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
