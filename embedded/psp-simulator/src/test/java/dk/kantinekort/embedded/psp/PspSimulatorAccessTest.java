package dk.kantinekort.embedded.psp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator on its own, as the launcher starts it: its API and test hooks want the merchant's secret key, its
 * hosted pages do not. (The protocol itself is tested with the production adapter in app's tests.)
 */
class PspSimulatorAccessTest {

    private static final String SECRET = "module-test-secret";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void theApiAndTheTestHooksRefuseACallWithoutTheMerchantsSecretKey() throws Exception {
        try (PspSimulator simulator = PspSimulator.start(PspSimulatorSettings.of(0, SECRET, dataDir))) {
            assertThat(status(simulator.baseUrl().resolve("/v1/payments/unknown"), null)).isEqualTo(401);
            assertThat(status(simulator.baseUrl().resolve("/v1/payments/unknown"), "not-" + SECRET)).isEqualTo(401);
            assertThat(status(simulator.baseUrl().resolve("/simulator/webhooks"), null)).isEqualTo(401);

            assertThat(status(simulator.baseUrl().resolve("/v1/payments/unknown"), SECRET))
                    .as("with the key: an unknown payment").isEqualTo(404);
            assertThat(status(simulator.baseUrl().resolve("/hosted/unknown"), null))
                    .as("the citizen's hosted page needs no key").isEqualTo(404);
        }
    }

    @Test
    void itListensOnTheLoopbackNameItAnnouncesOnAFreePortWhenAskedForZero() {
        try (PspSimulator simulator = PspSimulator.start(PspSimulatorSettings.of(0, SECRET, dataDir))) {
            assertThat(simulator.port()).isPositive();
            assertThat(simulator.baseUrl()).isEqualTo(URI.create("http://localhost:" + simulator.port()));
        }
    }

    private int status(URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
