package dk.kantinekort.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store refuses writes (a full disk, injected through {@link WriteRefusingDataSource}): the till gets
 * 503 {@code LEDGER_UNAVAILABLE}, and nothing of the purchase is anywhere, neither events nor the purchase's
 * look-up row (which is what makes a key "used") nor a read-model row. Once the store takes writes again, the
 * till's retry with the same Idempotency-Key is charged once, as a new purchase.
 */
class EventStoreRefusingWritesTest {

    private static final String CHRISTIAN = "1562265116";
    private static final String PURCHASE = """
            {"cardNumber":"1562265116","lines":[{"sku":"OST","name":"Ostehaps","quantity":1,"unitPrice":300}],"total":300}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @AfterEach
    void liftTheFault() {
        WriteRefusingDataSource.REFUSING.set(false);
    }

    @Test
    void aPurchaseTheStoreRefusesIs503LedgerUnavailableWithNoHalfState_andTheRetryIsChargedOnceWhenTheStoreIsBack()
            throws Exception {
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir,
                "--spring.main.sources=" + WriteRefusingDataSource.class.getName())) {
            JdbcTemplate store = app.core().getBean(JdbcTemplate.class);
            long before = await().atMost(Duration.ofSeconds(30)).until(() -> balance(app), b -> b != null && b == 6500);
            long events = count(store, "DOMAINEVENTENTRY");
            long purchases = count(store, "purchase_directory");

            WriteRefusingDataSource.REFUSING.set(true);
            HttpResponse<String> refused = purchase(app, "disk-full-1");

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(refused.body()).path("reason").asText()).isEqualTo("LEDGER_UNAVAILABLE");
            assertThat(count(store, "DOMAINEVENTENTRY")).as("no event stored").isEqualTo(events);
            assertThat(count(store, "purchase_directory")).as("the key is not taken").isEqualTo(purchases);
            assertThat(balance(app)).as("no read-model change").isEqualTo(before);

            WriteRefusingDataSource.REFUSING.set(false);
            HttpResponse<String> retried = purchase(app, "disk-full-1");

            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
            JsonNode charged = json.readTree(retried.body());
            assertThat(charged.path("balanceAfter").asLong()).isEqualTo(before - 300);
            HttpResponse<String> again = purchase(app, "disk-full-1");
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(json.readTree(again.body())).isEqualTo(charged);
            await().atMost(Duration.ofSeconds(30)).until(() -> balance(app), b -> b != null && b == before - 300);
            assertThat(count(store, "purchase_directory")).isEqualTo(purchases + 1);
        }
    }

    private static long count(JdbcTemplate store, String table) {
        return store.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private HttpResponse<String> purchase(RunningKantinekort app, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer demo-till-skole-1").header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PURCHASE)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Long balance(RunningKantinekort app) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + app.posPort() + "/api/v1/cards/" + CHRISTIAN + "/balance"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer demo-till-skole-1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? json.readTree(r.body()).path("balance").asLong() : null;
    }
}
