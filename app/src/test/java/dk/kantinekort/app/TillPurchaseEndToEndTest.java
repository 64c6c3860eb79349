package dk.kantinekort.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.ListAccounts;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole embedded default, as a till and a citizen meet it: the demo data is there, a purchase over HTTP
 * reaches the statement read model, and after a restart the ledger still knows it (its key replays).
 */
class TillPurchaseEndToEndTest {

    private static final String CHRISTIAN = "1562265116";
    private static final String PURCHASE = """
            {"cardNumber":"1562265116","lines":[{"sku":"OST","name":"Ostehaps","quantity":1,"unitPrice":300}],"total":300}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void purchaseAtTheSchoolTillReachesTheStatementAndSurvivesARestart() throws Exception {
        String firstAnswer;
        try (RunningKantinekort app = start()) {
            QueryGateway queries = app.core().getBean(QueryGateway.class);
            AccountSummary christian = await().atMost(Duration.ofSeconds(30))
                    .until(() -> summary(queries, CHRISTIAN), s -> s != null && s.balance().ore() == 6500);
            assertThat(christian.holderName()).isEqualTo("Christian Harms");
            assertThat(christian.cprMasked()).isEqualTo("270182-");
            assertThat(christian.status()).isEqualTo(AccountStatus.ACTIVE);
            AccountSummary relation = await().atMost(Duration.ofSeconds(30))
                    .until(() -> summary(queries, "04579A22352680"), s -> s != null && s.balance().ore() == 1000);
            assertThat(relation.allowedUnits()).containsExactly(UnitKind.SCHOOL);

            HttpResponse<String> bought = purchase(app, "e2e-1");
            assertThat(bought.statusCode()).isEqualTo(201);
            firstAnswer = bought.body();
            assertThat(json.readTree(firstAnswer).path("balanceAfter").asLong()).isEqualTo(6200);

            Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
            Instant to = Instant.now().plus(1, ChronoUnit.DAYS);
            StatementRow row = await().atMost(Duration.ofSeconds(30)).until(
                    () -> queries.query(new FindStatement(christian.accountId(), from, to), Statement.class).join().rows()
                            .stream().filter(r -> r.type() == StatementRowType.PURCHASE).findFirst().orElse(null),
                    r -> r != null);
            assertThat(row.amount()).isEqualTo(Money.ofOre(-300));
            assertThat(row.balanceAfter()).isEqualTo(Money.ofOre(6200));
            assertThat(row.lines()).singleElement().satisfies(line -> {
                assertThat(line.name()).isEqualTo("Ostehaps");
                assertThat(line.quantity()).isEqualTo(1);
            });
        }

        try (RunningKantinekort again = start()) {
            HttpResponse<String> replayed = purchase(again, "e2e-1");
            assertThat(replayed.statusCode()).isEqualTo(201);
            assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(json.readTree(replayed.body())).isEqualTo(json.readTree(firstAnswer));
            JsonNode balance = json.readTree(get(again, "/api/v1/cards/" + CHRISTIAN + "/balance").body());
            assertThat(balance.path("balance").asLong()).isEqualTo(6200);
        }
    }

    @Test
    void demoDataIsSeededOnlyOnceAndTheDemoLoginsAreLinked() {
        try (RunningKantinekort first = start()) {
            awaitBalance(first, 6500);
        }
        try (RunningKantinekort second = start()) {
            QueryGateway queries = second.core().getBean(QueryGateway.class);
            assertThat(queries.query(new ListAccounts(0, 100), ResponseTypes.multipleInstancesOf(AccountSummary.class))
                    .join()).extracting(AccountSummary::holderName)
                    .containsExactlyInAnyOrder("Christian Harms", "Test Harms Relation", "Anna Jensen");
            awaitBalance(second, 6500);
            assertThat(citizenOf(queries, DemoIdentities.CHRISTIAN)).isEqualTo(summary(queries, CHRISTIAN).citizenId());
            assertThat(citizenOf(queries, DemoIdentities.ANNA))
                    .isEqualTo(summary(queries, DemoData.ANNA_CARD.value()).citizenId());
            assertThat(citizenOf(queries, DemoIdentities.NY)).as("ny logs in for the first time").isNull();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(accessible(queries,
                    citizenOf(queries, DemoIdentities.CHRISTIAN))).extracting(AccountSummary::holderName)
                    .as("Christian acts for Test Harms Relation too")
                    .containsExactly("Christian Harms", "Test Harms Relation"));
            assertThat(accessible(queries, citizenOf(queries, DemoIdentities.ANNA)))
                    .extracting(AccountSummary::holderName).containsExactly("Anna Jensen");
        }
    }

    private void awaitBalance(RunningKantinekort app, long ore) {
        QueryGateway queries = app.core().getBean(QueryGateway.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> summary(queries, CHRISTIAN),
                s -> s != null && s.balance().ore() == ore);
    }

    private static List<AccountSummary> accessible(QueryGateway queries, String citizenId) {
        return queries.query(new FindAccessibleAccounts(citizenId),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();
    }

    private static String citizenOf(QueryGateway queries, DemoIdentities.DemoIdentity identity) {
        return queries.query(new FindCitizenByIdentity(identity.subject()), String.class).join();
    }

    private static AccountSummary summary(QueryGateway queries, String card) {
        return queries.query(new FindAccountByCard(CardNumber.parse(card)), AccountSummary.class).join();
    }

    private HttpResponse<String> purchase(RunningKantinekort app, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer demo-till-skole-1").header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PURCHASE))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(RunningKantinekort app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                .header("Authorization", "Bearer demo-till-skole-1").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private RunningKantinekort start() {
        return AppUnderTest.startWithoutLogin(dataDir);
    }
}
