package dk.kantinekort.app.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.app.payment.Checkouts;
import dk.kantinekort.app.psp.PspSimulatorClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Økonomi and Afregning through the whole embedded default and the admin API (issue 20): the books of today
 * reconcile and name every movement, months are closed as the rules say, and the payment provider's settlement
 * report (from the simulator) is imported and matched with the ledger.
 */
class FinanceEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theBooksOfTodayReconcileAndNameEachMovementWithItsAccountNumber() throws Exception {
        String anna = account(DemoData.ANNA_CARD).accountId();
        assertThat(post("/api/v1/admin/accounts/" + anna + "/deposits", "{\"amount\":5000,\"reference\":\"Kasse 1\"}")
                .statusCode()).isEqualTo(201);
        assertThat(buy(DemoData.ANNA_CARD, 1_234).statusCode()).isEqualTo(201);
        LocalDate today = LocalDate.now(COPENHAGEN);

        HttpResponse<String> answer = get("/api/v1/admin/bookkeeping/report?from=" + today + "&to=" + today);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode day = JSON.readTree(answer.body()).path("periods").get(0);
        assertThat(day.path("reconciled").asBoolean()).as(answer.body()).isTrue();
        assertThat(day.path("closingLiability").asLong()).isEqualTo(day.path("closingByBalances").asLong());
        assertThat(figure(day.path("total"), "DEPOSITS_CASH").path("amount").asLong()).isGreaterThanOrEqualTo(5_000);
        JsonNode sales = figure(day.path("total"), "SALES");
        assertThat(sales.path("amount").asLong()).isGreaterThanOrEqualTo(1_234);
        assertThat(sales.path("account").asText()).isEqualTo("3010");
        JsonNode school = null;
        for (JsonNode place : day.path("places")) {
            if (place.path("placeName").asText().equals("Gladsaxe Skole")) {
                school = place;
            }
        }
        assertThat(school).as("the school's own figures").isNotNull();
        assertThat(figure(school.path("figures"), "SALES").path("amount").asLong()).isGreaterThanOrEqualTo(1_234);
    }

    @Test
    void aMonthIsClosedOnceAndOnlyWhenItHasEnded() throws Exception {
        YearMonth now = YearMonth.now(COPENHAGEN);

        assertProblem(post("/api/v1/admin/bookkeeping/closings", "{\"month\":\"" + now + "\"}"), 409,
                "MONTH_NOT_ENDED");
        assertThat(post("/api/v1/admin/bookkeeping/closings", "{\"month\":\"" + now.minusMonths(1) + "\"}")
                .statusCode()).isEqualTo(204);
        assertProblem(post("/api/v1/admin/bookkeeping/closings", "{\"month\":\"" + now.minusMonths(1) + "\"}"), 409,
                "MONTH_ALREADY_CLOSED");

        JsonNode report = JSON.readTree(get("/api/v1/admin/bookkeeping/report?from=" + now.minusMonths(1) + "&to="
                + now + "&granularity=MONTH").body());
        assertThat(report.path("periods").get(0).path("closed").asBoolean()).isTrue();
        assertThat(report.path("periods").get(1).path("closed").asBoolean()).isFalse();
        assertThat(report.path("closedMonths").get(0).asText()).isEqualTo(now.minusMonths(1).toString());
    }

    @Test
    void theProvidersSettlementReportIsImportedAndEveryLineMatchedWithTheLedger() throws Exception {
        AccountSummary anna = account(DemoData.ANNA_CARD);
        Money before = anna.balance();
        Checkouts.Started deposit = payDeposit(anna.accountId(), 100);
        await().atMost(WAIT).until(() -> account(DemoData.ANNA_CARD).balance(),
                before.plus(Money.ofKroner(100))::equals);
        LocalDate today = LocalDate.now(COPENHAGEN);
        String report = psp().settlementReport(today, today);
        assertThat(report).contains(deposit.paymentId());
        String withAStranger = report + "PO-1;" + today + ";" + today + ";unknown-payment;ch-x;ref;Charge;Visa;DKK;"
                + "10.00;0.08;9.92\r\n";

        HttpResponse<String> imported = importReport(withAStranger);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String reportId = JSON.readTree(imported.body()).path("reportId").asText();
        JsonNode reconciliation = JSON.readTree(get("/api/v1/admin/settlements/" + reportId).body());

        JsonNode ours = row(reconciliation, deposit.paymentId());
        assertThat(ours.path("match").asText()).isEqualTo("MATCHED");
        assertThat(ours.path("ledgerKind").asText()).isEqualTo("DEPOSIT");
        assertThat(ours.path("providerGross").asLong()).isEqualTo(10_225);
        assertThat(ours.path("citizenFee").asLong()).as("1,00 kr. + 1,25 %").isEqualTo(225);
        assertThat(ours.path("providerFee").asLong()).as("withheld by the provider, 0,75 %").isEqualTo(77);
        assertThat(row(reconciliation, "unknown-payment").path("match").asText()).isEqualTo("MISSING_IN_LEDGER");
        assertThat(reconciliation.path("providerFees").asLong()).isGreaterThanOrEqualTo(77);

        assertProblem(importReport(withAStranger), 409, "SETTLEMENT_ALREADY_IMPORTED");

        String onlyTheStranger = report.lines().findFirst().orElseThrow() + "\r\n" + "PO-2;" + today + ";" + today
                + ";unknown-payment-2;ch-y;ref;Charge;Visa;DKK;10.00;0.08;9.92\r\n";
        String secondId = JSON.readTree(importReport(onlyTheStranger).body()).path("reportId").asText();
        assertThat(row(JSON.readTree(get("/api/v1/admin/settlements/" + secondId).body()), deposit.paymentId())
                .path("match").asText()).isEqualTo("MISSING_AT_PROVIDER");
        JsonNode list = JSON.readTree(get("/api/v1/admin/settlements").body());
        assertThat(list.size()).isGreaterThanOrEqualTo(2);

        int open = JSON.readTree(get("/api/v1/admin/settlements/" + secondId).body()).path("unmatched").asInt();
        assertThat(post("/api/v1/admin/settlements/" + secondId + "/resolutions", "{\"paymentId\":\""
                + deposit.paymentId() + "\",\"resolution\":\"PROVIDER_CONTACTED\"}").statusCode()).isEqualTo(204);
        JsonNode settled = JSON.readTree(get("/api/v1/admin/settlements/" + secondId).body());
        assertThat(row(settled, deposit.paymentId()).path("resolution").asText()).isEqualTo("PROVIDER_CONTACTED");
        assertThat(settled.path("unmatched").asInt()).isEqualTo(open - 1);
    }

    private Checkouts.Started payDeposit(String accountId, long kroner) {
        CommandGateway commands = running.app().core().getBean(CommandGateway.class);
        QueryGateway queries = running.app().core().getBean(QueryGateway.class);
        String depositId = UUID.randomUUID().toString();
        String portal = "http://127.0.0.1:" + running.app().portalPort();
        commands.sendAndWait(new StartDeposit(accountId, depositId, Money.ofKroner(kroner), DepositMethod.PAYMENT_CARD,
                "anna@example.dk", new PaymentPageLinks(portal + "/indbetaling/kvittering",
                        portal + "/indbetaling/kvittering?annulleret=1", portal + "/betingelser")));
        Checkouts.Started checkout = Checkouts.hostedPage(queries, accountId, depositId);
        assertThat(psp().payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
        return checkout;
    }

    private PspSimulatorClient psp() {
        return new PspSimulatorClient(running.app().pspBaseUrl(), "demo-psp-secret");
    }

    private static JsonNode row(JsonNode reconciliation, String paymentId) {
        List<JsonNode> found = new ArrayList<>();
        reconciliation.path("rows").forEach(r -> {
            if (paymentId.equals(r.path("paymentId").asText())) {
                found.add(r);
            }
        });
        assertThat(found).as("the row of " + paymentId + " in " + reconciliation).hasSize(1);
        return found.get(0);
    }

    private static JsonNode figure(JsonNode figures, String line) {
        for (JsonNode figure : figures) {
            if (figure.path("line").asText().equals(line)) {
                return figure;
            }
        }
        throw new AssertionError("no line " + line + " in " + figures);
    }

    private AccountSummary account(CardNumber card) {
        QueryGateway queries = running.app().core().getBean(QueryGateway.class);
        return await().atMost(WAIT).until(() -> queries.query(new FindAccountByCard(card), AccountSummary.class).join(),
                a -> a != null);
    }

    private HttpResponse<String> importReport(String csv) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("fileName", "nets.csv").put("csv", csv);
        return post("/api/v1/admin/settlements", JSON.writeValueAsString(body));
    }

    private HttpResponse<String> buy(CardNumber card, long ore) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(card.value(), ore, ore);
        return http.send(HttpRequest.newBuilder(api("/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer demo-admin")
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .timeout(WAIT).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer demo-admin").timeout(WAIT)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return URI.create("http://localhost:" + running.app().posPort() + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("reason").asText()).isEqualTo(reason);
    }
}
