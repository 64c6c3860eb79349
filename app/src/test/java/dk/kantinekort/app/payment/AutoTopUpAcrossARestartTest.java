package dk.kantinekort.app.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.ProcessorsIdle;
import org.axonframework.eventsourcing.eventstore.EventStore;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.app.psp.PspSimulatorClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F7 across a restart: a top-up triggered while the provider cannot be reached waits in the dead-letter queue,
 * survives the app going down, and is charged and credited exactly once after the restart.
 */
class AutoTopUpAcrossARestartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aTopUpInFlightWhenTheAppStopsIsChargedOnceAfterTheRestart() throws Exception {
        AccountSummary christian;
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir)) {
            christian = awaitAccount(app);
            String agreementId = UUID.randomUUID().toString();
            app.core().getBean(CommandGateway.class).sendAndWait(new StartAutoTopUpSignup(
                    christian.accountId(), agreementId, Money.ofKroner(100), "ch@example.dk",
                    new PaymentPageLinks("http://127.0.0.1:" + app.portalPort() + "/indbetaling/optankning",
                            "http://127.0.0.1:" + app.portalPort() + "/indbetaling/optankning?annulleret=1",
                            "http://127.0.0.1:" + app.portalPort() + "/betingelser")));
            Checkouts.Started checkout = Checkouts.hostedPage(app.core().getBean(QueryGateway.class),
                    christian.accountId(), agreementId);
            PspSimulatorClient psp = new PspSimulatorClient(app.pspBaseUrl(), "demo-psp-secret");
            assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
            await().atMost(WAIT).until(() -> topUp(app, christian), t -> t != null
                    && t.state() == AutoTopUpView.State.ACTIVE);
        }

        // the provider is down: the top-up the purchase triggers cannot be charged before the app stops
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir, "--canteen.psp.embedded=false",
                "--canteen.psp.base-url=http://127.0.0.1:9", "--canteen.psp.timeout=PT1S")) {
            JsonNode bought = buy(app, 2_500);
            assertThat(bought.path("autoTopUpTriggered").asBoolean()).isTrue();
            assertThat(bought.path("balanceAfter").asLong()).isEqualTo(4_000);
        }

        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir,
                "--canteen.payments.auto-top-up.retry-interval=PT1S")) {
            await().atMost(WAIT).until(() -> account(app).balance(), Money.ofOre(14_000)::equals);
            AutoTopUpView done = await().atMost(WAIT).until(() -> topUp(app, christian),
                    t -> t.lastAttemptAt() != null);
            assertThat(done.lastAttemptSucceeded()).isTrue();
            // nothing more happens once everything is done: no second credit of the top-up
            ProcessorsIdle.await(app);
            assertThat(account(app).balance()).isEqualTo(Money.ofOre(14_000));
            assertThat(ProcessorsIdle.ledgerBalance(app, christian.accountId())).isEqualTo(Money.ofOre(14_000));
            assertThat(app.core().getBean(EventStore.class).readEvents(christian.accountId()).asStream()
                    .filter(e -> e.getPayload() instanceof MoneyDeposited m && m.method() == DepositMethod.AUTO_TOP_UP))
                    .as("the top-up credited once").hasSize(1);
        }
        JsonNode simulator = JSON.readTree(dataDir.resolve("psp-simulator.json").toFile());
        assertThat(StreamSupport.stream(simulator.path("payments").spliterator(), false)
                .filter(p -> p.path("reference").asText().startsWith("topup-") && p.path("charged").asLong() > 0))
                .as("one charge on the saved card").hasSize(1);
    }

    private static AccountSummary awaitAccount(RunningKantinekort app) {
        return await().atMost(WAIT).until(() -> account(app), a -> a != null);
    }

    private static AccountSummary account(RunningKantinekort app) {
        return app.core().getBean(QueryGateway.class)
                .query(new FindAccountByCard(DemoData.CHRISTIAN_CARD), AccountSummary.class).join();
    }

    private static AutoTopUpView topUp(RunningKantinekort app, AccountSummary account) {
        return app.core().getBean(QueryGateway.class).query(new FindAutoTopUp(account.accountId()),
                AutoTopUpView.class).join();
    }

    private static JsonNode buy(RunningKantinekort app, long ore) throws Exception {
        CardNumber card = DemoData.CHRISTIAN_CARD;
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(card.value(), ore, ore);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN).header("Idempotency-Key", "restart-1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
