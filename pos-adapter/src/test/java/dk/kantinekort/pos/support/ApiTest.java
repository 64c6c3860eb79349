package dk.kantinekort.pos.support;

import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.fakeledger.PosTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Base of the WebTestClient tests: a real Netty server with the pos-adapter and a fresh {@link FakeLedger}. */
@SpringBootTest(classes = PosTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kantinekort.test.ledger=fake", "canteen.admin.token=" + ApiTest.ADMIN_TOKEN,
                "canteen.audit.token=" + ApiTest.AUDITOR_TOKEN,
                "canteen.admin.integrations.kasse.token=" + ApiTest.KASSE_TOKEN,
                "canteen.admin.integrations.skoleimport.token-sha256=" + ApiTest.SKOLEIMPORT_TOKEN_SHA256,
                "canteen.pos.max-body-size=64KB", "canteen.management.token=" + ApiTest.MANAGEMENT_TOKEN})
public abstract class ApiTest {

    public static final String ADMIN_TOKEN = "test-admin";
    public static final String AUDITOR_TOKEN = "test-auditor";
    /** Opens /actuator/prometheus and /v3/api-docs outside the embedded demo (canteen.management.token). */
    public static final String MANAGEMENT_TOKEN = "test-management";
    /** The admin integration "kasse" (cash desk), configured with its token. */
    public static final String KASSE_TOKEN = "test-kasse";
    /** The admin integration "skoleimport", configured with the SHA-256 of this token. */
    public static final String SKOLEIMPORT_TOKEN = "test-skoleimport";
    static final String SKOLEIMPORT_TOKEN_SHA256 = "077b4fa88b6ff6fe556d67b4490f05051896e4e9bf7de7324b12db03c131fbcd";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String OSTEHAPS =
            "{\"cardNumber\":\"1562265116\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":1,\"unitPrice\":300}],\"total\":300}";

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected FakeLedger ledger;

    @BeforeEach
    void freshLedger() {
        ledger.reset();
    }

    protected static String newKey() {
        return UUID.randomUUID().toString();
    }

    protected static String purchase(String card, long unitPrice, int quantity) {
        return "{\"cardNumber\":\"%s\",\"lines\":[{\"sku\":\"OST\",\"name\":\"Ostehaps\",\"quantity\":%d,\"unitPrice\":%d}],\"total\":%d}"
                .formatted(card, quantity, unitPrice, unitPrice * quantity);
    }

    protected WebTestClient.ResponseSpec postAsTill(String token, String path, String key, String json) {
        WebTestClient.RequestBodySpec spec = client.post().uri(path)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.bodyValue(json).exchange();
    }

    protected WebTestClient.ResponseSpec buy(String key, String json) {
        return postAsTill(FakeLedger.SCHOOL_TILL_TOKEN, "/api/v1/purchases", key, json);
    }

    protected WebTestClient.ResponseSpec postAsAdmin(String path, String key, String json) {
        WebTestClient.RequestBodySpec spec = client.post().uri(path)
                .headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return json == null ? spec.exchange() : spec.bodyValue(json).exchange();
    }

    /** Expects a problem+json answer with this status and reason. */
    protected static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status, String reason) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.reason").isEqualTo(reason)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.message").isNotEmpty()
                .jsonPath("$.correlationId").isNotEmpty();
    }
}
