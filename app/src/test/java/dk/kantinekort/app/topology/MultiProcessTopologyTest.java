package dk.kantinekort.app.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import dk.kantinekort.embedded.readmodel.ReadModelH2Backend;
import dk.kantinekort.app.demo.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production topology without Axon Server, in three processes on one shared event store and one MongoDB:
 * A runs the command side with the till API ({@link CommandSideProcess}), B and C the standalone query side
 * ({@link QuerySideProcess}, two segments per processor). The event store is an H2 TCP server and MongoDB a
 * mongo-java-server, both in this JVM on free ports.
 *
 * <p>Axon 4's tracking processors do not rebalance: B, started first, claims every segment. The test releases
 * statements segment 1 through B's {@code /actuator/processors} endpoint (as an operator would, or Axon Server's
 * dashboard), and C claims it. Then purchases go through A's till API, B is killed with {@code kill -9}, and C must
 * take over B's segments once their claims run out; in the end every purchase is in the read models exactly once.
 */
@Tag("topology")
class MultiProcessTopologyTest {

    // the demo keys of application.yml; A seals personal data with them, B and C reveal it
    // not the demo's keys: the query-side service is outside the embedded demo and refuses those (DemoMode)
    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String HASH_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);
    private static final String STATEMENTS = "statements";
    private static final String ACCOUNT_SUMMARIES = "account-summaries";
    private static final int PURCHASES = 40;
    private static final long START_BALANCE = 5000;
    private static final String ADMIN_TOKEN = "demo-admin";
    /** Card → account id, of the accounts the test opens through the admin API. */
    private final Map<String, String> accounts = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    private static Server eventStoreServer;
    private static MongoServer mongoServer;
    private static MongoClient mongo;
    private static String eventStore;
    private static String mongoUri;
    private static final List<Started> processes = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void sharedStores() throws SQLException {
        eventStoreServer = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        eventStore = "jdbc:h2:tcp://localhost:" + eventStoreServer.getPort() + "/mem:events;DB_CLOSE_DELAY=-1";
        mongoServer = new MongoServer(ReadModelH2Backend.inMemory());
        mongoServer.bind("127.0.0.1", 0);
        mongoUri = "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort();
        mongo = MongoClients.create(mongoUri);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (Started started : processes) {
            started.process.destroyForcibly();
        }
        for (Started started : processes) {
            started.process.waitFor(30, TimeUnit.SECONDS);
        }
        if (mongo != null) {
            mongo.close();
        }
        if (mongoServer != null) {
            mongoServer.shutdownNow();
        }
        if (eventStoreServer != null) {
            eventStoreServer.stop();
        }
    }

    @Test
    void twoQuerySideProcessesSplitTheSegmentsAndTheSurvivorTakesOverAfterKill9WithNothingLostOrCountedTwice()
            throws Exception {
        try {
            run();
        } catch (Throwable failure) {
            for (Started started : processes) {
                failure.addSuppressed(new AssertionError("log of " + started.name + ":\n" + started.logTail()));
            }
            throw failure;
        }
    }

    private void run() throws Exception {
        Started a = start("a", CommandSideProcess.class,
                "--canteen.data-dir=" + dir.resolve("a"),
                "--spring.datasource.url=" + eventStore,
                "--canteen.pos.port=0", "--canteen.portal.public-url=http://127.0.0.1:9",
                "--canteen.smtp.embedded=false", "--canteen.psp.embedded=false", "--canteen.idp.embedded=false",
                "--canteen.personal-data.master-key=" + MASTER_KEY, "--canteen.personal-data.hash-key=" + HASH_KEY,
                // A has no read side: no MongoClient of Boot's either
                "--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration");
        // B may start as soon as A's Flyway created the event table
        await("A's schema").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(MultiProcessTopologyTest::eventTableExists);
        Started b = start("b", QuerySideProcess.class, querySideArgs());
        await("B claims every segment").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> owners().equals(Map.of(ACCOUNT_SUMMARIES + "/0", b.owner(), STATEMENTS + "/0", b.owner(),
                        STATEMENTS + "/1", b.owner())));
        Started c = start("c", QuerySideProcess.class, querySideArgs());
        int tillApi = a.awaitPort();
        int bPort = b.awaitPort();
        c.awaitPort();

        HttpResponse<String> released = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + bPort + "/actuator/processors/" + STATEMENTS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"segment\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        await("C claims the released segment").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> owners().equals(Map.of(ACCOUNT_SUMMARIES + "/0", b.owner(), STATEMENTS + "/0", b.owner(),
                        STATEMENTS + "/1", c.owner())));

        // Accounts through the admin API, until each statements segment has one: events are spread over segments
        // by aggregate (Axon's SequentialPerAggregatePolicy, hash of the account id), and ids are random.
        for (int n = 1; n <= 30 && accounts.values().stream().map(MultiProcessTopologyTest::statementsSegment)
                .distinct().count() < 2; n++) {
            openAccountWithDeposit(tillApi, n);
        }
        assertThat(accounts.values().stream().map(MultiProcessTopologyTest::statementsSegment).distinct())
                .as("accounts in both statements segments").hasSize(2);
        List<String> cards = List.copyOf(accounts.keySet());

        Map<String, Long> spent = new HashMap<>();
        Map<String, Long> lastBalance = new HashMap<>();
        int half = PURCHASES / 2;
        for (int i = 0; i < half; i++) {
            purchase(tillApi, cards, i, spent, lastBalance);
        }
        await("the first half in the statements, from both processes").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> purchaseRows() == half);

        for (int i = half; i < PURCHASES; i++) {
            purchase(tillApi, cards, i, spent, lastBalance);
            if (i == half + 4) {
                b.process.destroyForcibly(); // kill -9, in the middle of the second half
                assertThat(b.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
        }

        await("C owns every segment once B's claims ran out").atMost(CLAIM_TIMEOUT.plusSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> owners().equals(Map.of(ACCOUNT_SUMMARIES + "/0", c.owner(), STATEMENTS + "/0", c.owner(),
                        STATEMENTS + "/1", c.owner())));
        Map<String, Long> expected = new HashMap<>();
        cards.forEach(card -> expected.put(card, START_BALANCE - spent.getOrDefault(card, 0L)));
        assertThat(lastBalance).as("the till's answers").isEqualTo(expected);
        await("every balance is the start minus its purchases").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(balances()).isEqualTo(expected));
        await("every purchase is a statement row").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> purchaseRows() == PURCHASES);
        for (String card : cards) {
            long amounts = 0;
            for (Document row : readModels().getCollection("statement_rows").find(Filters.and(
                    Filters.eq("accountId", accounts.get(card)), Filters.eq("type", "PURCHASE")))) {
                amounts += row.get("amount", Number.class).longValue();
            }
            assertThat(-amounts).as("purchases of " + card + " in the statement").isEqualTo(spent.get(card));
        }
        assertThat(purchaseRows()).as("nothing counted twice").isEqualTo(PURCHASES);
    }

    private void openAccountWithDeposit(int tillApi, int n) throws Exception {
        String card = "TOPO%04d".formatted(n);
        // fictional CPR numbers: 1 January 1990 + n
        String opening = """
                {"cpr":"0101%02d%04d","name":"Topologi %d","cardNumber":"%s"}""".formatted(90 + n / 10000, n, n, card);
        HttpResponse<String> opened = admin(tillApi, "/api/v1/admin/accounts", opening, null);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String accountId = json.readTree(opened.body()).path("accountId").asText();
        HttpResponse<String> deposited = admin(tillApi, "/api/v1/admin/accounts/" + accountId + "/deposits",
                "{\"amount\":" + START_BALANCE + ",\"reference\":\"topologi\"}", "deposit-" + card);
        assertThat(deposited.statusCode()).as(deposited.body()).isEqualTo(201);
        accounts.put(card, accountId);
    }

    private HttpResponse<String> admin(int tillApi, String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + tillApi + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The statements segment (of two) that handles an account's events: Axon's Segment.matches(hash). */
    private static int statementsSegment(String accountId) {
        return accountId.hashCode() & 1;
    }

    private void purchase(int tillApi, List<String> cards, int i, Map<String, Long> spent,
                          Map<String, Long> lastBalance) throws Exception {
        String card = cards.get(i % cards.size());
        long price = 10 + i;
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"OST","name":"Ostehaps","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(card, price, price);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + tillApi + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Idempotency-Key", "topology-" + i)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode bought = json.readTree(answer.body());
        spent.merge(card, price, Long::sum);
        lastBalance.put(card, bought.path("balanceAfter").asLong());
    }

    private static String[] querySideArgs() {
        return new String[] {
                // of app's class path: no Vaadin, no springdoc, no web security
                "--spring.autoconfigure.exclude=" + String.join(",", QuerySideProcess.NOT_IN_ITS_OWN_JAR),
                "--axon.axonserver.enabled=false",
                "--spring.datasource.url=" + eventStore, "--spring.datasource.username=sa",
                "--canteen.mongo.uri=" + mongoUri,
                "--canteen.query.segments=2",
                "--canteen.query.claim-timeout=" + CLAIM_TIMEOUT,
                "--canteen.query.token-claim-interval=PT0.5S",
                "--server.port=0",
                "--management.endpoints.web.exposure.include=health,processors",
                "--canteen.personal-data.master-key=" + MASTER_KEY, "--canteen.personal-data.hash-key=" + HASH_KEY};
    }

    private static MongoDatabase readModels() {
        return mongo.getDatabase("kantinekort");
    }

    /** "processor/segment" → owner, of the claimed tokens. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Document token : readModels().getCollection("tracking_tokens").find()) {
            // the two processors this test splits; others (e.g. the statement chain) have a segment each and follow
            if (token.getString("owner") != null
                    && List.of(ACCOUNT_SUMMARIES, STATEMENTS).contains(token.getString("processorName"))) {
                owners.put(token.getString("processorName") + "/" + token.get("segment"), token.getString("owner"));
            }
        }
        return owners;
    }

    private static long purchaseRows() {
        return readModels().getCollection("statement_rows").countDocuments(Filters.eq("type", "PURCHASE"));
    }

    private Map<String, Long> balances() {
        Map<String, Long> balances = new HashMap<>();
        for (String card : accounts.keySet()) {
            Document summary = readModels().getCollection("account_summaries")
                    .find(Filters.eq("currentCardNumber", card)).first();
            balances.put(card, summary == null ? null : summary.get("balance", Number.class).longValue());
        }
        return balances;
    }

    private static boolean eventTableExists() {
        try (Connection connection = DriverManager.getConnection(eventStore, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "DOMAINEVENTENTRY", null)) {
            return tables.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static Started start(String name, Class<?> mainClass, String... args) throws IOException {
        Path log = dir.resolve(name + ".log");
        Path ready = dir.resolve(name + ".port");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Daxoniq.update-checker.disabled=true",
                "-D" + ReadyFile.PROPERTY + "=" + ready,
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        Started started = new Started(name, process, log, ready);
        processes.add(started);
        return started;
    }

    private record Started(String name, Process process, Path log, Path ready) {

        /** The owner name the process writes into the token store: its JVM name, pid@host. */
        String owner() {
            return process.pid() + "@" + hostName();
        }

        int awaitPort() {
            await(name + " ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.exists(ready) || !process.isAlive());
            assertThat(process.isAlive()).as(name + " is running").isTrue();
            try {
                return Integer.parseInt(Files.readString(ready).strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    private static String hostName() {
        String jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        return jvm.substring(jvm.indexOf('@') + 1);
    }
}
