package dk.kantinekort.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kantinekort.app.KantinekortApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 check of {@code bench/kill9-durability.sh} as a test in {@code mvn verify}: the embedded default runs
 * as a child JVM (the test class path, since the app's jar is packaged after the tests), tills buy from several
 * threads, the JVM is killed with {@code destroyForcibly()} (SIGKILL) while purchases are in flight, and a second
 * JVM is started on the same data directory. {@link DurabilityVerifier} then replays every purchase that got a 201
 * (same purchase id and balance after, answered as a replay), re-sends the uncertain ones as a till would, and
 * waits until every read-model balance is exactly what the ledger holds; the audit API's ledger check must pass.
 */
class Kill9UnderTillLoadTest {

    private static final long DEPOSIT_ORE = 500_000;
    private static final int ACCOUNTS = 40;
    private static final int CLIENTS = 4;
    private static final int KILL_AFTER_SECONDS = 4;

    private static final int TILLS = 16;

    @TempDir
    Path work;

    private Process app;

    @AfterEach
    void stopTheApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedPurchaseSurvivesAKill9AndReplaysIdentically_andTheReadModelsEqualTheLedger()
            throws Exception {
        int pos = freePort();
        Path data = work.resolve("data");
        // a fleet of tills, as the bench scripts use: each stays under the per-till rate limit, also during the replays
        BenchApi api = new BenchApi("http://127.0.0.1:" + pos, "demo-admin", IntStream.rangeClosed(1, TILLS)
                .mapToObj(i -> "demo-till-skole-" + i).toList());

        app = startApp(data, pos, work.resolve("app-1.log"));
        Path marker = work.resolve("kill-now");
        CompletableFuture<DurabilityJournal> load = CompletableFuture.supplyAsync(() -> {
            try {
                return new InterruptedLoad(api, ACCOUNTS, CLIENTS, KILL_AFTER_SECONDS, marker).run(DEPOSIT_ORE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await("the load's kill signal").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> Files.exists(marker) || load.isDone());
        assertThat(Files.exists(marker)).as("purchases were in flight when the kill came").isTrue();
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        DurabilityJournal journal = load.get(70, TimeUnit.SECONDS);
        long acknowledged = journal.purchases().stream()
                .filter(p -> p.outcome() == SentPurchase.Outcome.APPROVED).count();
        assertThat(acknowledged).as("purchases answered 201 before the kill").isPositive();

        app = startApp(data, pos, work.resolve("app-2.log"));
        int violations = new DurabilityVerifier(api, journal, CLIENTS, 30).run();
        assertThat(violations).as("violations (see the summary above)").isZero();

        HttpResponse<String> check = api.post("/api/v1/audit/ledger-checks", "demo-auditor", null, "");
        JsonNode result = BenchApi.JSON.readTree(check.body());
        assertThat(result.path("passed").asBoolean()).as(check.body()).isTrue();
        assertThat(result.path("differences")).isEmpty();
    }

    private static Process startApp(Path data, int pos, Path log) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"),
                KantinekortApplication.class.getName(),
                "--canteen.data-dir=" + data,
                "--canteen.portal.port=0", "--canteen.pos.port=" + pos, "--canteen.mongo.port=0",
                "--canteen.smtp.port=0", "--canteen.psp.port=0", "--canteen.demo-data.school-tills=" + TILLS,
                "--canteen.idp.embedded=false", "--canteen.oidc.issuer-uri=http://localhost:9/no-login-in-this-test");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pos + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await("the app on " + log.getFileName()).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> !process.isAlive()
                        || http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        assertThat(process.isAlive()).as("the app is running, log: " + tail(log)).isTrue();
        return process;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
