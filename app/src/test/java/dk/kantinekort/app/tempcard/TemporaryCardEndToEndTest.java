package dk.kantinekort.app.tempcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.tempcard.IssueTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCard;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 through the real till and admin API (decision record 21): a lost card's block leaves the account's money
 * usable, a temporary card buys until the whole account is blocked, and with the part switched off no temporary card
 * is issued or accepted while a card block still stays apart from an account block.
 */
class TemporaryCardEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aLostCardLeavesTheMoneyUsableAndTheTemporaryCardDiesWhenStaffBlockTheAccount() throws Exception {
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir)) {
            AccountSummary christian = account(app);
            portal(app, christian, new BlockCard(christian.accountId(), null));

            assertThat(reason(buy(app, DemoData.CHRISTIAN_CARD.value()))).isEqualTo("CARD_BLOCKED");
            assertThat(deposit(app, christian.accountId()).statusCode()).as("the account still takes money")
                    .isEqualTo(201);
            TemporaryCard temporary = portal(app, christian, new IssueTemporaryCard(christian.accountId()));
            HttpResponse<String> bought = buy(app, temporary.code());
            assertThat(bought.statusCode()).as(bought.body()).isEqualTo(201);
            assertThat(json.readTree(bought.body()).path("temporaryCard").asBoolean()).isTrue();
            HttpResponse<String> balance = balance(app, temporary.code());
            assertThat(balance.statusCode()).as("the balance inquiry takes the code too: " + balance.body())
                    .isEqualTo(200);
            assertThat(json.readTree(balance.body()).path("temporaryCard").asBoolean()).isTrue();
            assertThat(json.readTree(balance.body()).path("cardNumber").asText())
                    .isEqualTo(temporary.code().substring(0, 10));
            assertThat(balance(app, temporary.code().substring(0, 10) + "0000000000").statusCode())
                    .as("a forged signature").isEqualTo(404);

            HttpResponse<String> blocked = admin(app, "/api/v1/admin/accounts/" + christian.accountId() + "/block",
                    "{\"reason\":\"Misbrug\"}", null);
            assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);
            HttpResponse<String> afterwards = buy(app, temporary.code());
            assertThat(afterwards.statusCode()).isEqualTo(402);
            assertThat(afterwards.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(reason(afterwards)).isEqualTo("TEMPORARY_CARD_REVOKED");
            assertThat(reason(balance(app, temporary.code()))).as("nor for the balance").isEqualTo("TEMPORARY_CARD_REVOKED");
            assertThat(reason(deposit(app, christian.accountId()))).as("F10: no deposits to a blocked account")
                    .isEqualTo("ACCOUNT_BLOCKED");
            assertRefused(() -> portal(app, christian, new IssueTemporaryCard(christian.accountId())),
                    RejectionCode.ACCOUNT_BLOCKED);
        }
    }

    @Test
    void switchedOffNoTemporaryCardIsIssuedOrAcceptedButALostCardStillLeavesTheAccountUsable() throws Exception {
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir,
                "--canteen.municipality.temporary-card-enabled=false")) {
            AccountSummary christian = account(app);
            portal(app, christian, new BlockCard(christian.accountId(), null));

            assertRefused(() -> portal(app, christian, new IssueTemporaryCard(christian.accountId())),
                    RejectionCode.PART_SWITCHED_OFF);
            assertThat(reason(buy(app, "MK000000011234567890"))).isEqualTo("CARD_UNKNOWN");
            assertThat(deposit(app, christian.accountId()).statusCode()).isEqualTo(201);
        }
    }

    private static AccountSummary account(RunningKantinekort app) {
        QueryGateway queries = app.core().getBean(QueryGateway.class);
        return await().atMost(WAIT).until(() -> queries.query(new FindAccountByCard(DemoData.CHRISTIAN_CARD),
                AccountSummary.class).join(), a -> a != null);
    }

    private static <R> R portal(RunningKantinekort app, AccountSummary holder, Object command) {
        return app.core().getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(holder.citizenId()), Metadata.Channel.PORTAL, null)));
    }

    private static void assertRefused(Runnable call, RejectionCode code) {
        assertThatThrownBy(call::run).satisfies(failure -> assertThat(RejectedException.rejectionOf(failure)
                .map(Rejection::code)).contains(code));
    }

    private HttpResponse<String> buy(RunningKantinekort app, String card) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"OST","name":"Ostehaps","quantity":1,"unitPrice":300}],"total":300}"""
                .formatted(card);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> balance(RunningKantinekort app, String card) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + "/api/v1/cards/"
                        + card + "/balance")).header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> deposit(RunningKantinekort app, String accountId) throws Exception {
        return admin(app, "/api/v1/admin/accounts/" + accountId + "/deposits", "{\"amount\":1000,\"reference\":\"kasse\"}",
                UUID.randomUUID().toString());
    }

    private HttpResponse<String> admin(RunningKantinekort app, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                .header("Authorization", "Bearer demo-admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String reason(HttpResponse<String> response) throws Exception {
        JsonNode problem = json.readTree(response.body());
        return problem.path("reason").asText("");
    }
}
