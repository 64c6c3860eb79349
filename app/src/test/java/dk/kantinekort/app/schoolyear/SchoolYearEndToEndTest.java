package dk.kantinekort.app.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.ProcessorsIdle;
import dk.kantinekort.app.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Skoleår on the whole embedded default through the admin API: a school's pupil file is dry-run, imported (with its
 * progress and the refused row's reason), sent again without effect; next year's file leaves a leaver, whose account
 * is closed with the balance moved to the sibling: the till then declines the card, a deposit is refused, the sibling
 * has the money and the ledger check still balances.
 */
class SchoolYearEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "demo-admin";
    private static final String HEADER = "cpr;navn;skole;klasse;kortnummer\n";

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importThenLeavers_theLeaversBalanceGoesToTheSiblingAndTheClosedCardIsDeclined() throws Exception {
        await().atMost(WAIT).until(() -> get("/api/v1/admin/payouts").statusCode() == 200);
        String older = cpr("0303", "13");
        String younger = cpr("0404", "16");
        String olderCard = card();
        String youngerCard = card();
        String file = HEADER + older + ";Storebror Skoleår;Gladsaxe Skole;8.a;" + olderCard + "\n"
                + younger + ";Lillesøster Skoleår;gladsaxe skole;3.b;" + youngerCard + "\n"
                + "3213151234;Forkert Dato;Gladsaxe Skole;1.a;" + card() + "\n";

        HttpResponse<String> preview = post("/api/v1/admin/school-year/previews", null, file, "text/csv");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode plan = JSON.readTree(preview.body());
        assertThat(plan.path("counts").path("OPEN").asInt()).isEqualTo(2);
        assertThat(plan.path("rows").get(2).path("refusal").asText()).isEqualTo("INVALID_CPR");
        assertThat(preview.body()).as("no CPR number echoed").doesNotContain(older).doesNotContain("3213151234");

        String importId = "skoleaar-" + UUID.randomUUID();
        HttpResponse<String> started = post("/api/v1/admin/school-year/imports", importId, file, "text/csv");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode progress = finished(importId);
        assertThat(progress.path("opened").asInt()).isEqualTo(2);
        assertThat(progress.path("refusedRows").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(progress.path("refusedRows").get(0).path("reason").asText()).isEqualTo("INVALID_CPR");
        assertThat(post("/api/v1/admin/school-year/imports", importId, file, "text/csv").statusCode())
                .as("the same file again").isEqualTo(202);
        assertThat(post("/api/v1/admin/school-year/imports", importId, HEADER + younger + ";X;Gladsaxe Skole;3.b;"
                + youngerCard + "\n", "text/csv").statusCode()).as("another file under the same id").isEqualTo(422);

        CommandGateway commands = running.app().core().getBean(CommandGateway.class);
        AccountOpening parent = commands.sendAndWait(new OpenAccountForPerson(Cpr.parse(cpr("0101", "80")),
                "Forælder Skoleår", null, CardNumber.parse(card()), null));
        link(commands, parent.citizenId(), older, olderCard);
        link(commands, parent.citizenId(), younger, youngerCard);

        String nextYear = "skoleaar-" + UUID.randomUUID();
        assertThat(post("/api/v1/admin/school-year/imports", nextYear, HEADER + younger
                + ";Lillesøster Skoleår;Gladsaxe Skole;4.b;" + youngerCard + "\n", "text/csv").statusCode())
                .isEqualTo(202);
        assertThat(finished(nextYear).path("changed").asInt()).isEqualTo(1);
        HttpResponse<String> leaversAnswer = get("/api/v1/admin/school-year/imports/" + nextYear + "/leavers");
        JsonNode leavers = JSON.readTree(leaversAnswer.body());
        assertThat(leavers).hasSize(1);
        String leaver = leavers.get(0).path("accountId").asText();
        assertThat(leavers.get(0).path("className").asText()).isEqualTo("8.a");
        assertThat(leavers.get(0).path("siblings").asInt()).isEqualTo(1);
        assertThat(post("/api/v1/admin/accounts/" + leaver + "/deposits", UUID.randomUUID().toString(),
                "{\"amount\":3000,\"reference\":\"kasse 1\"}", "application/json").statusCode()).isEqualTo(201);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        HttpResponse<String> closed = post("/api/v1/admin/accounts/" + leaver + "/closure", "closure-" + leaver,
                "{\"closesOn\":\"" + today + "\",\"balanceTo\":\"SIBLING\"}", "application/json");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(202);

        HttpResponse<String> bought = post(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/purchases", UUID.randomUUID().toString(),
                "{\"cardNumber\":\"" + olderCard + "\",\"lines\":[{\"sku\":\"MAD\",\"name\":\"Frokost\",\"quantity\":1,"
                        + "\"unitPrice\":100}],\"total\":100}", "application/json");
        assertThat(bought.statusCode()).isEqualTo(402);
        assertThat(bought.body()).contains("CARD_BLOCKED");
        HttpResponse<String> deposit = post("/api/v1/admin/accounts/" + leaver + "/deposits",
                UUID.randomUUID().toString(), "{\"amount\":100,\"reference\":\"kasse 1\"}", "application/json");
        assertThat(deposit.statusCode()).isEqualTo(409);
        assertThat(deposit.body()).contains("ACCOUNT_CLOSED");

        ProcessorsIdle.await(running.app());
        QueryGateway queries = running.app().core().getBean(QueryGateway.class);
        AccountSummary leaverNow = queries.query(new FindAccountSummary(leaver), AccountSummary.class).join();
        assertThat(leaverNow.balance()).isEqualTo(Money.ZERO);
        assertThat(ProcessorsIdle.ledgerBalance(running.app(), leaver)).isEqualTo(Money.ZERO);
        AccountSummary siblingNow = queries.query(new FindAccountByCard(CardNumber.parse(youngerCard)),
                AccountSummary.class).join();
        assertThat(siblingNow.balance()).as("the leaver's balance, never lost").isEqualTo(Money.ofOre(3_000));
        assertThat(JSON.readTree(get("/api/v1/admin/school-year/imports/" + nextYear + "/leavers").body()))
                .as("closed: no leaver left").isEmpty();
        HttpResponse<String> check = post("demo-auditor", "/api/v1/audit/ledger-checks", null, null, null);
        assertThat(JSON.readTree(check.body()).path("passed").asBoolean()).as(check.body()).isTrue();
    }

    private JsonNode finished(String importId) {
        return await().atMost(WAIT).until(() -> {
            HttpResponse<String> answer = get("/api/v1/admin/school-year/imports/" + importId);
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
        }, node -> node != null && node.path("finished").asBoolean());
    }

    private static void link(CommandGateway commands, String parentId, String childCpr, String childCard) {
        LinkRequestOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new RequestAccountLink(UUID.randomUUID().toString(), parentId, Cpr.parse(childCpr), childCard))
                .andMetaData(Metadata.of(Metadata.citizen(parentId), Metadata.Channel.PORTAL, null)));
        assertThat(outcome.status()).isEqualTo(RelationStatus.ACTIVE);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String key, String body, String type) throws Exception {
        return post(ADMIN, path, key, body, type);
    }

    private HttpResponse<String> post(String token, String path, String key, String body, String type)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort()
                        + path)).header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type + "; charset=utf-8");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cpr(String ddmm, String yy) {
        return ddmm + yy + String.format("4%03d", (int) (Math.random() * 1000));
    }

    private static String card() {
        return "SY" + (100_000_000L + (long) (Math.random() * 899_999_999L));
    }
}
