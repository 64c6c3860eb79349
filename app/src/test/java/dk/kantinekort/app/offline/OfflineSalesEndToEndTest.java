package dk.kantinekort.app.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.ListOfflineSales;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleView;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Offline køb end to end (issue 20): a till loses the line, sells offline within the municipality's limit, gets the
 * line back and uploads; the ledger books every sale exactly once, leaves a debt where the balance did not cover a
 * sale, the deny list then keeps that card from buying offline, and the next deposit settles the debt.
 */
class OfflineSalesEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CHRISTIAN = DemoData.CHRISTIAN_CARD.value();
    private static final String PUPIL = DemoData.RELATION_CARD.value();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void salesMadeWhileTheLineIsCutAreBookedOnceWhenItIsBackAndADebtIsSettledByTheNextDeposit() throws Exception {
        QueryGateway queries = running.app().core().getBean(QueryGateway.class);
        AccountSummary christian = await().atMost(WAIT).until(() -> summary(queries, CHRISTIAN),
                s -> s != null && s.balance().ore() == 6500);
        AccountSummary pupil = await().atMost(WAIT).until(() -> summary(queries, PUPIL),
                s -> s != null && s.balance().ore() == 1000);
        OfflineTill till = new OfflineTill(running.app().posPort(), "demo-till-skole-1", Clock.systemUTC());
        assertThat(till.refreshPolicy()).isTrue();
        assertThat(till.dailyLimit()).isEqualTo(7500);
        assertThat(till.deniedCards()).doesNotContain(CHRISTIAN, PUPIL);

        till.cutTheLine();
        assertThat(till.refreshPolicy()).as("the line is down").isFalse();
        assertThat(till.sell(CHRISTIAN, 3500)).isEqualTo(OfflineTill.Sale.SOLD_OFFLINE);
        assertThat(till.sell(CHRISTIAN, 3000)).isEqualTo(OfflineTill.Sale.SOLD_OFFLINE);
        assertThat(till.sell(CHRISTIAN, 2000)).as("over 75 kr. a day").isEqualTo(OfflineTill.Sale.REFUSED_OFFLINE_LIMIT);
        assertThat(till.sell(PUPIL, 2500)).as("more than the pupil's 10 kr.").isEqualTo(OfflineTill.Sale.SOLD_OFFLINE);
        List<OfflineTill.Recorded> soldOffline = till.waitingForUpload();
        assertThat(soldOffline).hasSize(3);
        assertThat(summary(queries, CHRISTIAN).balance().ore()).as("the ledger knows nothing yet").isEqualTo(6500);

        till.restoreTheLine();
        JsonNode first = till.upload();
        assertThat(first.path("results")).hasSize(3).allSatisfy(r ->
                assertThat(r.path("outcome").asText()).isEqualTo("BOOKED"));
        assertThat(first.path("results").get(2).path("balanceAfter").asLong()).isEqualTo(-1500);
        assertThat(first.path("results").get(2).path("flags").toString()).contains("LEFT_DEBT");
        assertThat(till.waitingForUpload()).isEmpty();

        JsonNode again = till.uploadAgain(soldOffline);
        assertThat(again.path("results")).hasSize(3).allSatisfy(r ->
                assertThat(r.path("outcome").asText()).as("booked exactly once").isEqualTo("REPLAYED"));

        await().atMost(WAIT).until(() -> summary(queries, CHRISTIAN).balance().ore() == 0);
        await().atMost(WAIT).until(() -> summary(queries, PUPIL).balance().ore() == -1500);

        await().atMost(WAIT).until(() -> till.refreshPolicy() && till.deniedCards().contains(PUPIL));
        assertThat(till.deniedCards()).doesNotContain(CHRISTIAN);
        HttpResponse<String> forStaff = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + running.app().posPort() + "/api/v1/admin/accounts/" + pupil.accountId() + "/offline-sales"))
                .header("Authorization", "Bearer demo-admin").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forStaff.statusCode()).as(forStaff.body()).isEqualTo(200);
        assertThat(forStaff.body()).as("the admin API lists the sale that left the debt").contains("LEFT_DEBT");
        till.cutTheLine();
        assertThat(till.sell(PUPIL, 500)).as("an open offline debt").isEqualTo(OfflineTill.Sale.REFUSED_OFFLINE_DENIED);
        till.restoreTheLine();
        assertThat(till.sell(PUPIL, 500)).as("online the debt declines").isEqualTo(OfflineTill.Sale.DECLINED_ONLINE);

        HttpResponse<String> deposit = adminDeposit(pupil.accountId(), 5000);
        assertThat(deposit.statusCode()).as(deposit.body()).isBetween(200, 201);
        await().atMost(WAIT).until(() -> summary(queries, PUPIL).balance().ore() == 3500);
        await().atMost(WAIT).until(() -> till.refreshPolicy() && !till.deniedCards().contains(PUPIL));
        assertThat(till.sell(PUPIL, 500)).isEqualTo(OfflineTill.Sale.SOLD_ONLINE);

        List<StatementRow> pupilRows = await().atMost(WAIT).until(() -> rows(queries, pupil.accountId()),
                rows -> rows.size() >= 4);
        assertThat(pupilRows).extracting(StatementRow::type, r -> r.amount().ore(), r -> r.balanceAfter().ore())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatementRowType.DEPOSIT, 1000L, 1000L),
                        org.assertj.core.groups.Tuple.tuple(StatementRowType.OFFLINE_PURCHASE, -2500L, -1500L),
                        org.assertj.core.groups.Tuple.tuple(StatementRowType.DECLINED, 0L, -1500L),
                        org.assertj.core.groups.Tuple.tuple(StatementRowType.DEPOSIT, 5000L, 3500L),
                        org.assertj.core.groups.Tuple.tuple(StatementRowType.PURCHASE, -500L, 3000L));
        List<StatementRow> christianRows = rows(queries, christian.accountId());
        assertThat(christianRows).filteredOn(r -> r.type() == StatementRowType.OFFLINE_PURCHASE)
                .extracting(r -> r.amount().ore(), r -> r.balanceAfter().ore())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(-3500L, 3000L),
                        org.assertj.core.groups.Tuple.tuple(-3000L, 0L));

        List<OfflineSaleView> pupilSales = queries.query(new ListOfflineSales(pupil.accountId()),
                ResponseTypes.multipleInstancesOf(OfflineSaleView.class)).join();
        assertThat(pupilSales).singleElement().satisfies(sale -> {
            assertThat(sale.soldAt()).isEqualTo(soldOffline.get(2).soldAt().truncatedTo(ChronoUnit.MILLIS));
            assertThat(sale.total()).isEqualTo(Money.ofOre(2500));
            assertThat(sale.flags()).containsExactly(OfflineSaleFlag.LEFT_DEBT);
            assertThat(sale.placeName()).isNotBlank();
        });

        JsonNode check = JSON.readTree(post("demo-auditor", "/api/v1/audit/ledger-checks").body());
        assertThat(check.path("passed").asBoolean()).as(check.toString()).isTrue();
    }

    private static AccountSummary summary(QueryGateway queries, String card) {
        return queries.query(new FindAccountByCard(CardNumber.parse(card)), AccountSummary.class).join();
    }

    private static List<StatementRow> rows(QueryGateway queries, String accountId) {
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant to = Instant.now().plus(1, ChronoUnit.DAYS);
        return queries.query(new FindStatement(accountId, from, to), Statement.class).join().rows();
    }

    private HttpResponse<String> adminDeposit(String accountId, long ore) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort()
                        + "/api/v1/admin/accounts/" + accountId + "/deposits"))
                .header("Authorization", "Bearer demo-admin").header("Idempotency-Key", "kasse-offline-e2e")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + ore + ",\"reference\":\"kasse 1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
