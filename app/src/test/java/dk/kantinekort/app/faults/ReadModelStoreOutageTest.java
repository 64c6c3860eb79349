package dk.kantinekort.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.readmodel.ReadModelH2Backend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-model store (MongoDB wire protocol) unreachable for 30 s, cut with a {@link TcpProxy} between the app and
 * the store: the tills keep charging (the ledger needs no read model), a portal query fails within seconds thanks to
 * the driver's time-outs (the page then shows its "… kan ikke vises lige nu" notice, {@code StatementViewTest}), and
 * once the store is reachable again the read side catches up with every purchase made meanwhile.
 */
class ReadModelStoreOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final long PRICE = 200;
    private static final String PURCHASE = """
            {"cardNumber":"%s","lines":[{"sku":"OST","name":"Ostehaps","quantity":1,"unitPrice":%d}],"total":%d}"""
            .formatted(DemoData.CHRISTIAN_CARD.value(), PRICE, PRICE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void tillsKeepChargingWhileTheReadModelStoreIsUnreachable_queriesFailFast_andTheReadSideCatchesUpAfterwards()
            throws Exception {
        ReadModelH2Backend backend = new ReadModelH2Backend(dataDir.resolve("store.mv").toString());
        MongoServer store = new MongoServer(backend);
        InetSocketAddress storeAddress = store.bind();
        try (TcpProxy proxy = new TcpProxy(storeAddress);
             RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir.resolve("app"),
                     "--canteen.mongo.uri=mongodb://127.0.0.1:" + proxy.port())) {
            QueryGateway queries = app.core().getBean(QueryGateway.class);
            AccountSummary christian = await().atMost(Duration.ofSeconds(30)).until(() -> summary(queries),
                    s -> s != null && s.balance().ore() == 6500);

            proxy.cut();
            Instant outageEnds = Instant.now().plus(OUTAGE);
            long asked = System.nanoTime();
            Throwable pageQuery = catchThrowable(() -> queries.query(statementOf(christian.accountId()),
                    Statement.class).get(15, TimeUnit.SECONDS));
            Duration answeredAfter = Duration.ofNanos(System.nanoTime() - asked);
            assertThat(pageQuery).as("the query fails by itself, not by the page's patience")
                    .isInstanceOf(ExecutionException.class);
            assertThat(answeredAfter).isLessThan(Duration.ofSeconds(8));

            int charged = 0;
            while (Instant.now().isBefore(outageEnds)) {
                HttpResponse<String> bought = purchase(app, "store-outage-" + charged);
                assertThat(bought.statusCode()).as(bought.body()).isEqualTo(201);
                charged++;
                await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // a purchase every 2 s, as tills do
            }
            assertThat(charged).isGreaterThanOrEqualTo(10);
            proxy.restore();

            long expected = 6500 - charged * PRICE;
            int purchases = charged;
            await("the read side catches up").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> summary(queries).balance().ore() == expected
                            && queries.query(statementOf(christian.accountId()), Statement.class)
                            .get(10, TimeUnit.SECONDS).rows().stream()
                            .filter(r -> r.type() == StatementRowType.PURCHASE).count() == purchases);
        } finally {
            store.shutdownNow();
            backend.close();
        }
    }

    private static FindStatement statementOf(String accountId) {
        return new FindStatement(accountId, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(1, ChronoUnit.DAYS));
    }

    private static AccountSummary summary(QueryGateway queries) throws Exception {
        return queries.query(new FindAccountByCard(DemoData.CHRISTIAN_CARD), AccountSummary.class)
                .get(10, TimeUnit.SECONDS);
    }

    private HttpResponse<String> purchase(RunningKantinekort app, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer demo-till-skole-1").header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PURCHASE)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
