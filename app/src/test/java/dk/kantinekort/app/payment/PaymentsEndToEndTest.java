package dk.kantinekort.app.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.FindDeposit;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.ProcessorsIdle;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mail.ReceivedMail;
import dk.kantinekort.app.psp.PspSimulatorClient;
import dk.kantinekort.command.payment.reconciliation.PaymentReconciliation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.payment.ResendReceipt;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payments through the whole embedded default: the command side creates payments at the simulator, the simulator's
 * webhooks reach the portal's endpoint, the ledger credits, receipts go out by SMTP, top-ups follow till purchases.
 * One app for all cases; each case uses its own account or measures differences.
 */
class PaymentsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static RunningKantinekort app;
    static CommandGateway commands;
    static QueryGateway queries;
    static PspSimulatorClient psp;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        // reconciliation runs only when a test asks for it, and looks at payments of any age
        app = AppUnderTest.startWithoutLogin(dataDir, "--canteen.payments.reconciliation-grace=PT0S",
                "--canteen.payments.reconciliation-interval=PT24H");
        commands = app.core().getBean(CommandGateway.class);
        queries = app.core().getBean(QueryGateway.class);
        psp = new PspSimulatorClient(app.pspBaseUrl(), "demo-psp-secret");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aDepositIsCreditedOnceHoweverOftenAndInWhicheverOrderTheWebhooksArrive() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        ProcessorsIdle.await(app);
        Money before = account(DemoData.ANNA_CARD).balance();
        Checkouts.Started checkout = startDeposit(anna.accountId(), 100);
        assertThat(await().atMost(WAIT).until(() -> deposit(anna.accountId(), checkout.checkoutId()),
                d -> d != null).fee()).as("1,00 kr. + 1,25 %").isEqualTo(Money.ofOre(225));

        assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
        awaitBalance(DemoData.ANNA_CARD, before.plus(Money.ofKroner(100)));

        psp.resendWebhooks(checkout.paymentId(), 5, false);
        psp.resendWebhooks(checkout.paymentId(), 1, true);
        // this payment's own webhooks, every one answered, and everything they set off done
        awaitDeliveredWebhooks(checkout.paymentId(), 2 + 2 * 5 + 2);
        ProcessorsIdle.await(app);
        assertThat(deposit(anna.accountId(), checkout.checkoutId()).state()).isEqualTo(DepositView.State.PAID);
        assertThat(account(DemoData.ANNA_CARD).balance()).isEqualTo(before.plus(Money.ofKroner(100)));
        assertThat(ProcessorsIdle.ledgerBalance(app, anna.accountId())).as("the ledger agrees")
                .isEqualTo(before.plus(Money.ofKroner(100)));
        assertThat(app.core().getBean(org.axonframework.eventsourcing.eventstore.EventStore.class)
                .readEvents(anna.accountId()).asStream()
                .filter(e -> e.getPayload() instanceof dk.kantinekort.api.account.MoneyDeposited m
                        && m.depositId().equals(checkout.checkoutId())
                        && checkout.paymentId().equals(m.paymentId())))
                .as("one credit of the deposit in the ledger, naming the provider's payment").hasSize(1);

        ReceivedMail receipt = await().atMost(WAIT).until(() -> app.mailServer().orElseThrow().mails().stream()
                .filter(m -> m.text().contains(checkout.paymentId())).findFirst().orElse(null), m -> m != null);
        assertThat(receipt.to()).isEqualTo("anna@example.dk");
        assertThat(receipt.text()).contains("Beløb:     100,00 kr.", "Gebyr:     2,25 kr.", "Total:     102,25 kr.");
    }

    @Test
    void staffResendAPaidDepositsReceiptToTheAddressItWasSentTo() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        Checkouts.Started checkout = startDeposit(anna.accountId(), 30);
        assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
        await().atMost(WAIT).until(() -> receiptsOf(checkout.paymentId()).size() == 1);

        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ResendReceipt(anna.accountId(),
                checkout.checkoutId())).andMetaData(Metadata.of(Metadata.admin("support-test"),
                Metadata.Channel.ADMIN_API, null)));

        List<ReceivedMail> receipts = await().atMost(WAIT).until(() -> receiptsOf(checkout.paymentId()),
                mails -> mails.size() == 2);
        assertThat(receipts.get(1).to()).isEqualTo("anna@example.dk");
        assertThat(receipts.get(1).text()).isEqualTo(receipts.get(0).text());
    }

    /** The provider's webhooks of the payment the portal answered 200. */
    private static long deliveredWebhooks(String paymentId) {
        long delivered = 0;
        for (JsonNode webhook : psp.sentWebhooks()) {
            if (webhook.path("paymentId").asText().equals(paymentId) && webhook.path("status").asInt() == 200) {
                delivered++;
            }
        }
        return delivered;
    }

    private static List<ReceivedMail> receiptsOf(String paymentId) {
        return app.mailServer().orElseThrow().mails().stream().filter(m -> m.text().contains(paymentId)).toList();
    }

    @Test
    void aRefusedCardLeavesTheBalanceAndTellsWhy() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        Checkouts.Started checkout = startDeposit(anna.accountId(), 40);
        PspSimulatorClient.Result result = psp.payWithCard(URI.create(checkout.hostedPageUrl()),
                PspSimulatorClient.INSUFFICIENT_FUNDS_CARD);
        assertThat(result.approved()).isFalse();
        DepositView declined = await().atMost(WAIT).until(() -> deposit(anna.accountId(), checkout.checkoutId()),
                d -> d != null && d.lastDecline() != null);
        assertThat(declined.lastDecline()).isEqualTo(PaymentDeclineReason.INSUFFICIENT_FUNDS);
        assertThat(declined.state()).isEqualTo(DepositView.State.OPEN);
    }

    @Test
    void reconciliationCreditsAPaymentWhoseWebhooksWereLost() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        ProcessorsIdle.await(app);
        Money before = account(DemoData.ANNA_CARD).balance();
        Checkouts.Started checkout = startDeposit(anna.accountId(), 77);
        psp.dropNextWebhooks();
        assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
        await().atMost(WAIT).until(() -> sentWebhooks(checkout.paymentId()) >= 2);
        ProcessorsIdle.await(app);
        assertThat(deposit(anna.accountId(), checkout.checkoutId()).state()).isEqualTo(DepositView.State.OPEN);
        assertThat(account(DemoData.ANNA_CARD).balance()).as("the webhooks were lost: nothing yet").isEqualTo(before);

        PaymentReconciliation.Result result = app.core().getBean(PaymentReconciliation.class).reconcile();

        assertThat(result.settled()).isGreaterThanOrEqualTo(1);
        await().atMost(WAIT).until(() -> deposit(anna.accountId(), checkout.checkoutId()).state(),
                state -> state == DepositView.State.PAID);
        // the lost webhooks arrive after all: still credited once
        psp.resendWebhooks(checkout.paymentId(), 1, false);
        awaitDeliveredWebhooks(checkout.paymentId(), 2);
        ProcessorsIdle.await(app);
        assertThat(account(DemoData.ANNA_CARD).balance()).as("credited exactly once")
                .isEqualTo(before.plus(Money.ofKroner(77)));
        assertThat(creditsOf(anna.accountId(), checkout.checkoutId())).isEqualTo(1);
    }

    @Test
    void aFailureWebhookAfterTheSuccessLeavesTheBalanceAndThePaymentSettled() throws Exception {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        ProcessorsIdle.await(app);
        Money before = account(DemoData.ANNA_CARD).balance();
        Checkouts.Started checkout = startDeposit(anna.accountId(), 33);
        assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
        awaitDeliveredWebhooks(checkout.paymentId(), 2);
        awaitBalance(DemoData.ANNA_CARD, before.plus(Money.ofKroner(33)));

        HttpResponse<String> late = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.portalPort() + "/psp/webhooks"))
                .header("Authorization", "demo-psp-webhook").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id":"late-failure-%s","event":"payment.reservation.failed","timestamp":"2026-12-06T20:00:00Z",
                         "data":{"paymentId":"%s","error":{"code":"51","message":"Insufficient funds"}}}"""
                        .formatted(UUID.randomUUID(), checkout.paymentId()))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(late.statusCode()).isEqualTo(200);
        ProcessorsIdle.await(app);
        DepositView deposit = deposit(anna.accountId(), checkout.checkoutId());
        assertThat(deposit.state()).as("settled stays settled").isEqualTo(DepositView.State.PAID);
        assertThat(deposit.lastDecline()).isNull();
        assertThat(account(DemoData.ANNA_CARD).balance()).isEqualTo(before.plus(Money.ofKroner(33)));
        assertThat(creditsOf(anna.accountId(), checkout.checkoutId())).isEqualTo(1);
    }

    /** Waits until the simulator has had {@code count} webhooks of this payment answered 200 by the portal. */
    private static void awaitDeliveredWebhooks(String paymentId, long count) {
        await().atMost(WAIT).until(() -> deliveredWebhooks(paymentId) >= count);
    }

    /** This payment's webhooks the simulator sent or dropped. */
    private static long sentWebhooks(String paymentId) {
        long sent = 0;
        for (JsonNode webhook : psp.sentWebhooks()) {
            if (webhook.path("paymentId").asText().equals(paymentId)) {
                sent++;
            }
        }
        return sent;
    }

    /** How often the ledger credited the deposit. */
    private static long creditsOf(String accountId, String depositId) {
        return app.core().getBean(org.axonframework.eventsourcing.eventstore.EventStore.class).readEvents(accountId)
                .asStream().filter(e -> e.getPayload() instanceof dk.kantinekort.api.account.MoneyDeposited m
                        && m.depositId().equals(depositId)).count();
    }

    @Test
    void aStaffCreditOfAnOpenDepositSettlesItSoTheProvidersLaterReportCreditsNothingMore_andItsEvidenceIsSealed() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        Money before = account(DemoData.ANNA_CARD).balance();
        Checkouts.Started checkout = startDeposit(anna.accountId(), 60);
        String creditId = UUID.randomUUID().toString();

        // staff's "Indsæt dokumenteret betaling", naming the open deposit the documented payment is
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new DepositMoney(anna.accountId(), creditId,
                Money.ofKroner(60), DepositMethod.MANUAL_CORRECTION, "Kontoudtog 03-03-2026", checkout.checkoutId()))
                .andMetaData(Metadata.of(Metadata.admin("support-test"), Metadata.Channel.ADMIN_API, null)));
        awaitBalance(DemoData.ANNA_CARD, before.plus(Money.ofKroner(60)));

        // the provider then reports the same payment paid: its webhooks, and a reconciliation run
        assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();
        await().atMost(WAIT).until(() -> deliveredWebhooks(checkout.paymentId()) >= 2);
        app.core().getBean(PaymentReconciliation.class).reconcile();

        assertThat(deposit(anna.accountId(), checkout.checkoutId()).state()).isEqualTo(DepositView.State.PAID);
        assertThat(account(DemoData.ANNA_CARD).balance()).as("credited once").isEqualTo(before.plus(Money.ofKroner(60)));
        assertThat(app.core().getBean(org.axonframework.eventsourcing.eventstore.EventStore.class)
                .readEvents(anna.accountId()).asStream()
                .filter(e -> e.getPayload() instanceof dk.kantinekort.api.account.MoneyDeposited m
                        && (m.depositId().equals(checkout.checkoutId()) || m.depositId().equals(creditId))))
                .as("one credit of the payment in the ledger").hasSize(1);
        dk.kantinekort.api.account.MoneyDeposited credit = app.core()
                .getBean(org.axonframework.eventsourcing.eventstore.EventStore.class).readEvents(anna.accountId())
                .asStream().map(e -> e.getPayload())
                .filter(p -> p instanceof dk.kantinekort.api.account.MoneyDeposited m && m.depositId().equals(creditId))
                .map(dk.kantinekort.api.account.MoneyDeposited.class::cast).findFirst().orElseThrow();
        assertThat(credit.reference()).as("staff's evidence is kept, sealed with the holder's key").isNotNull();
        assertThat(new String(java.util.Base64.getDecoder().decode(credit.reference().ciphertext()),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Kontoudtog");
        String checkId = java.util.UUID.randomUUID().toString();
        commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
        LedgerCheckResult check = queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();
        assertThat(check.passed()).as(String.valueOf(check)).isTrue();
    }

    @Test
    void aForgedFailureWebhookForADepositTheProviderChargedDoesNotFailIt() throws Exception {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        Money before = account(DemoData.ANNA_CARD).balance();
        Checkouts.Started checkout = startDeposit(anna.accountId(), 44);
        psp.dropNextWebhooks();
        assertThat(psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl())).approved()).isTrue();

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.portalPort() + "/psp/webhooks"))
                .header("Authorization", "demo-psp-webhook").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id":"forged-1","event":"payment.reservation.failed","timestamp":"2026-12-06T20:00:00Z",
                         "data":{"paymentId":"%s","error":{"code":"51","message":"Insufficient funds"}}}"""
                        .formatted(checkout.paymentId()))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(200);
        DepositView deposit = await().atMost(WAIT).until(() -> deposit(anna.accountId(), checkout.checkoutId()),
                d -> d.state() == DepositView.State.PAID);
        assertThat(deposit.lastDecline()).as("the provider said it was charged: no decline").isNull();
        assertThat(account(DemoData.ANNA_CARD).balance()).isEqualTo(before.plus(Money.ofKroner(44)));
    }

    @Test
    void theProviderIsGivenAddressesOnTheConfiguredPortalOnly() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        String depositId = UUID.randomUUID().toString();
        String forgedHost = "http://attacker.example:" + app.portalPort();
        assertThatThrownBy(() -> commands.sendAndWait(new StartDeposit(anna.accountId(), depositId,
                Money.ofKroner(10), DepositMethod.PAYMENT_CARD, "anna@example.dk", new PaymentPageLinks(
                forgedHost + "/indbetaling/kvittering", forgedHost + "/indbetaling/kvittering?annulleret=1",
                forgedHost + "/betingelser"))))
                .satisfies(e -> assertThat(RejectedException.rejectionOf(e)).hasValueSatisfying(
                        r -> assertThat(r.code()).isEqualTo(RejectionCode.INVALID_REQUEST)));
        assertThat(deposit(anna.accountId(), depositId)).as("nothing was recorded").isNull();

        Checkouts.Started checkout = startDeposit(anna.accountId(), 11);
        PspSimulatorClient.Result paid = psp.payWithSuccessCard(URI.create(checkout.hostedPageUrl()));
        String portal = "http://127.0.0.1:" + app.portalPort() + "/";
        assertThat(paid.redirect().toString()).startsWith(portal);
        JsonNode sent = await().atMost(WAIT).until(() -> psp.sentWebhooks(), all -> all.findValues("paymentId")
                .stream().anyMatch(id -> id.asText().equals(checkout.paymentId())));
        for (JsonNode webhook : sent) {
            if (webhook.path("paymentId").asText().equals(checkout.paymentId())) {
                assertThat(webhook.path("url").asText()).isEqualTo(portal + "psp/webhooks");
            }
        }
    }

    @Test
    void aTillPurchaseUnderTheThresholdTopsTheCardUpFromTheSavedCard() throws Exception {
        AccountSummary christian = awaitAccount(DemoData.CHRISTIAN_CARD);
        signUpForAutoTopUp(christian.accountId(), 100, PspSimulatorClient.SUCCESS_CARD);

        JsonNode bought = buy(DemoData.CHRISTIAN_CARD, christian.balance().ore() - 4_000, "topup-1");

        assertThat(bought.path("autoTopUpTriggered").asBoolean()).isTrue();
        awaitBalance(DemoData.CHRISTIAN_CARD, Money.ofOre(4_000 + 10_000));
        AutoTopUpView topUp = await().atMost(WAIT).until(() -> autoTopUp(christian.accountId()),
                t -> t.lastAttemptAt() != null);
        assertThat(topUp.lastAttemptSucceeded()).isTrue();
    }

    @Test
    void aTopUpTheCardCannotPayIsShownAndCreditsNothing() throws Exception {
        AccountSummary relation = awaitAccount(DemoData.RELATION_CARD);
        signUpForAutoTopUp(relation.accountId(), 50, PspSimulatorClient.INSUFFICIENT_FUNDS_CARD);
        Money before = account(DemoData.RELATION_CARD).balance();

        JsonNode bought = buy(DemoData.RELATION_CARD, 300, "topup-2");

        assertThat(bought.path("autoTopUpTriggered").asBoolean()).isTrue();
        AutoTopUpView failed = await().atMost(WAIT).until(() -> autoTopUp(relation.accountId()),
                t -> t.lastAttemptAt() != null);
        assertThat(failed.lastAttemptSucceeded()).isFalse();
        assertThat(failed.lastFailure()).isEqualTo(PaymentDeclineReason.INSUFFICIENT_FUNDS);
        assertThat(failed.state()).as("the agreement stays").isEqualTo(AutoTopUpView.State.ACTIVE);
        assertThat(account(DemoData.RELATION_CARD).balance()).isEqualTo(before.minus(Money.ofOre(300)));
    }

    @Test
    void staffApproveAPayoutRequestThroughTheAdminApiAndTheAccountIsEmptied() throws Exception {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        String payoutId = UUID.randomUUID().toString();
        commands.sendAndWait(RequestPayout.toNemKonto(anna.accountId(), payoutId));

        JsonNode waiting = await().atMost(WAIT).until(() -> JSON.readTree(admin("GET", "/api/v1/admin/payouts?state=REQUESTED")
                .body()), list -> list.findValues("payoutId").stream().anyMatch(id -> id.asText().equals(payoutId)));
        assertThat(waiting.toString()).as("payouts go to the holder's NemKonto by default").contains("NemKonto");
        HttpResponse<String> approved = admin("POST", "/api/v1/admin/accounts/" + anna.accountId() + "/payouts/"
                + payoutId + "/approval");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        awaitBalance(DemoData.ANNA_CARD, Money.ZERO);
        HttpResponse<String> again = admin("POST", "/api/v1/admin/accounts/" + anna.accountId() + "/payouts/"
                + payoutId + "/approval");
        assertThat(again.statusCode()).as("an approval is applied once").isEqualTo(200);
        assertThat(account(DemoData.ANNA_CARD).balance()).isEqualTo(Money.ZERO);
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                .header("Authorization", "Bearer demo-admin")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Checkouts.Started startDeposit(String accountId, long kroner) {
        String depositId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartDeposit(accountId, depositId, Money.ofKroner(kroner),
                DepositMethod.PAYMENT_CARD, "anna@example.dk", links()));
        return Checkouts.hostedPage(queries, accountId, depositId);
    }

    private void signUpForAutoTopUp(String accountId, long kroner, String card) {
        String agreementId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartAutoTopUpSignup(accountId, agreementId, Money.ofKroner(kroner),
                "christian@example.dk", links()));
        Checkouts.Started checkout = Checkouts.hostedPage(queries, accountId, agreementId);
        assertThat(psp.payWithCard(URI.create(checkout.hostedPageUrl()), card).approved()).isTrue();
        await().atMost(WAIT).until(() -> autoTopUp(accountId),
                t -> t != null && t.state() == AutoTopUpView.State.ACTIVE);
    }

    private static PaymentPageLinks links() {
        String portal = "http://127.0.0.1:" + app.portalPort();
        return new PaymentPageLinks(portal + "/indbetaling/kvittering", portal + "/indbetaling/kvittering?annulleret=1",
                portal + "/betingelser");
    }

    private JsonNode buy(CardNumber card, long ore, String key) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(card.value(), ore, ore);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static DepositView deposit(String accountId, String depositId) {
        return queries.query(new FindDeposit(accountId, depositId), DepositView.class).join();
    }

    private static AutoTopUpView autoTopUp(String accountId) {
        return queries.query(new FindAutoTopUp(accountId), AutoTopUpView.class).join();
    }

    private static AccountSummary account(CardNumber card) {
        return queries.query(new FindAccountByCard(card), AccountSummary.class).join();
    }

    private static AccountSummary awaitAccount(CardNumber card) {
        return await().atMost(WAIT).until(() -> account(card), a -> a != null);
    }

    private static void awaitBalance(CardNumber card, Money balance) {
        await().atMost(WAIT).until(() -> account(card).balance(), balance::equals);
    }
}
