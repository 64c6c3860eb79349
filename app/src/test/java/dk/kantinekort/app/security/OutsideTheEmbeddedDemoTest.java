package dk.kantinekort.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, 3: the launcher with {@code canteen.demo.enabled=false} refuses every demo secret and the demo data by
 * name; with secrets of its own it starts, and a demo till token its store still knows (seeded while it was a demo)
 * opens nothing, nor do the metrics and the API description without the management token.
 */
class OutsideTheEmbeddedDemoTest {

    private static final List<String> OWN_SECRETS = List.of("--canteen.admin.token=own-admin",
            "--canteen.audit.token=own-auditor", "--canteen.psp.secret-key=own-psp-secret",
            "--canteen.psp.webhook-authorization=own-psp-webhook", "--canteen.oidc.client-secret=own-client-secret",
            "--canteen.personal-data.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "--canteen.personal-data.hash-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
            "--canteen.management.token=own-management", "--canteen.temporary-card.secret=own-temporary-card-secret");

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void withTheDemosDefaultsTheLauncherRefusesToStartNamingEachSettingAndTheSwitch() {
        assertThatThrownBy(() -> AppUnderTest.startWithoutLogin(dataDir, "--canteen.demo.enabled=false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Kantinekort cannot start")
                .hasMessageContaining("canteen.admin.token (environment CANTEEN_ADMIN_TOKEN) holds the embedded demo's value")
                .hasMessageContaining("canteen.audit.token (environment CANTEEN_AUDIT_TOKEN)")
                .hasMessageContaining("canteen.psp.secret-key (environment CANTEEN_PSP_SECRET_KEY)")
                .hasMessageContaining("canteen.psp.webhook-authorization (environment CANTEEN_PSP_WEBHOOK_AUTHORIZATION)")
                .hasMessageContaining("canteen.oidc.client-secret (environment CANTEEN_OIDC_CLIENT_SECRET)")
                .hasMessageContaining("canteen.personal-data.master-key (environment CANTEEN_PERSONAL_DATA_MASTER_KEY)")
                .hasMessageContaining("canteen.personal-data.hash-key (environment CANTEEN_PERSONAL_DATA_HASH_KEY)")
                .hasMessageContaining("canteen.temporary-card.secret (environment CANTEEN_TEMPORARY_CARD_SECRET)")
                .hasMessageContaining("canteen.demo-data.enabled=true seeds the demo tills")
                .hasMessageContaining("canteen.demo.enabled=false outside the embedded demo");
    }

    @Test
    void aDemoTillTokenTheStoreStillKnowsOpensNothingOutsideTheDemoAndMetricsNeedTheToken() throws Exception {
        String[] demoWithAFleet = Stream.concat(OWN_SECRETS.stream(), Stream.of("--canteen.demo-data.school-tills=3"))
                .toArray(String[]::new);
        try (RunningKantinekort demo = AppUnderTest.startWithoutLogin(dataDir, demoWithAFleet)) {
            assertThat(balance(demo, "demo-till-skole-1").statusCode()).as("seeded and open in the demo").isEqualTo(200);
            assertThat(balance(demo, "demo-till-skole-3").statusCode()).as("the benchmarks' fleet").isEqualTo(200);
        }
        String[] outside = Stream.concat(OWN_SECRETS.stream(), Stream.of("--canteen.demo.enabled=false",
                "--canteen.demo-data.enabled=false")).toArray(String[]::new);
        try (RunningKantinekort production = AppUnderTest.startWithoutLogin(dataDir, outside)) {
            HttpResponse<String> refused = balance(production, "demo-till-skole-1");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("A demo till token is refused outside the embedded demo");
            assertThat(balance(production, "demo-till-skole-3").statusCode()).isEqualTo(401);

            assertThat(get(production, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
            assertThat(get(production, "/v3/api-docs", null).statusCode()).isEqualTo(401);
            assertThat(get(production, "/actuator/prometheus", "own-management").statusCode()).isEqualTo(200);
            assertThat(get(production, "/v3/api-docs", "own-management").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> balance(RunningKantinekort app, String tillToken) throws Exception {
        return get(app, "/api/v1/cards/1562265116/balance", tillToken);
    }

    private HttpResponse<String> get(RunningKantinekort app, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
