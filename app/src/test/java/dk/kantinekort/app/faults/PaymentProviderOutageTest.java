package dk.kantinekort.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FindDeposit;
import dk.kantinekort.api.payment.CheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.app.payment.Checkouts;
import dk.kantinekort.app.psp.PspSimulatorClient;
import dk.kantinekort.command.payment.provider.CircuitBreakingPaymentProvider;
import dk.kantinekort.command.payment.reconciliation.PaymentReconciliation;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payment provider slow, then failing (the simulator's outage switch), with the production adapter and its
 * circuit breaker in front of it: a deposit started meanwhile is refused with {@code PAYMENT_PROVIDER_UNAVAILABLE}
 * (the portal's "Betalingsudbyderen svarer ikke lige nu. Prøv igen om lidt.", {@code PaymentsViewTest}); after a few
 * failures the circuit opens and the provider is not even waited for; a payment the provider charged while its
 * webhooks were lost stays open during the outage and is settled, once, by reconciliation when the provider is back.
 */
class PaymentProviderOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void whileTheProviderIsSlowOrFailingDepositsAreRefusedFast_andReconciliationCreditsTheChargedPaymentOnceAfterwards() {
        try (RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir,
                "--canteen.payments.reconciliation-grace=PT0S", "--canteen.payments.reconciliation-interval=PT24H",
                "--canteen.psp.timeout=PT1S", "--canteen.psp.circuit-breaker.minimum-calls=3",
                "--canteen.psp.circuit-breaker.open-for=PT2S")) {
            CommandGateway commands = app.core().getBean(CommandGateway.class);
            QueryGateway queries = app.core().getBean(QueryGateway.class);
            CircuitBreakingPaymentProvider circuit = app.core().getBean(CircuitBreakingPaymentProvider.class);
            PaymentReconciliation reconciliation = app.core().getBean(PaymentReconciliation.class);
            PspSimulatorClient psp = new PspSimulatorClient(app.pspBaseUrl(), "demo-psp-secret");
            AccountSummary anna = await().atMost(WAIT).until(() -> queries.query(
                    new FindAccountByCard(DemoData.ANNA_CARD), AccountSummary.class).join(), a -> a != null);
            Money before = anna.balance();

            // charged by the provider, but its webhooks are lost: only reconciliation can tell the ledger
            Checkouts.Started charged = startDeposit(commands, queries, app, anna.accountId(), 77);
            psp.dropNextWebhooks();
            assertThat(psp.payWithSuccessCard(URI.create(charged.hostedPageUrl())).approved()).isTrue();

            psp.outage(0, 3_000); // slow: longer than the 1 s time-out
            assertThat(refusal(commands, queries, app, anna.accountId(), 10))
                    .isEqualTo(RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE);
            psp.outage(503, 0); // failing
            assertThat(refusal(commands, queries, app, anna.accountId(), 10))
                    .isEqualTo(RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE);
            reconciliation.reconcile();
            assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(deposit(queries, anna.accountId(), charged.checkoutId()).state())
                    .as("nothing settled while the provider is down").isEqualTo(DepositView.State.OPEN);

            psp.outage(0, 3_000); // slow again, but the open circuit does not wait for it
            long notPermitted = circuit.notPermittedCalls();
            assertThat(refusal(commands, queries, app, anna.accountId(), 10))
                    .isEqualTo(RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE);
            assertThat(circuit.notPermittedCalls()).as("refused by the open circuit, the provider not waited for")
                    .isGreaterThan(notPermitted);

            psp.outage(0, 0);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> reconciliation.reconcile().settled() >= 1 || depositPaid(queries, anna, charged));
            await().atMost(WAIT).until(() -> depositPaid(queries, anna, charged));
            reconciliation.reconcile();
            await().atMost(WAIT).until(() -> queries.query(new FindAccountByCard(DemoData.ANNA_CARD),
                    AccountSummary.class).join().balance(), b -> b.equals(before.plus(Money.ofKroner(77))));
            assertThat(app.core().getBean(EventStore.class).readEvents(anna.accountId()).asStream()
                    .filter(e -> e.getPayload() instanceof MoneyDeposited m && m.depositId().equals(charged.checkoutId())))
                    .as("credited once").hasSize(1);
            assertThat(startDeposit(commands, queries, app, anna.accountId(), 10).hostedPageUrl())
                    .as("deposits start again").isNotBlank();
            assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
            String checkId = UUID.randomUUID().toString();
            commands.sendAndWait(new RunLedgerCheck(checkId, "auditor:test"));
            LedgerCheckResult check = queries.query(new FindLedgerCheck(checkId), LedgerCheckResult.class).join();
            assertThat(check.passed()).as(String.valueOf(check)).isTrue();
        }
    }

    private static boolean depositPaid(QueryGateway queries, AccountSummary anna, Checkouts.Started checkout) {
        DepositView view = deposit(queries, anna.accountId(), checkout.checkoutId());
        return view != null && view.state() == DepositView.State.PAID;
    }

    /** A deposit started while the provider is down: the checkout process records it refused (the portal's text). */
    private static RejectionCode refusal(CommandGateway commands, QueryGateway queries, RunningKantinekort app,
                                         String accountId, long kroner) {
        String depositId = send(commands, app, accountId, kroner);
        CheckoutProgress progress = await().atMost(WAIT).until(() -> Checkouts.progress(queries, accountId, depositId),
                p -> p != null && p.stage() != CheckoutStage.PENDING);
        assertThat(progress.stage()).as("refused, not %s", progress).isEqualTo(CheckoutStage.REFUSED);
        return progress.refusal();
    }

    private static Checkouts.Started startDeposit(CommandGateway commands, QueryGateway queries,
                                                  RunningKantinekort app, String accountId, long kroner) {
        return Checkouts.hostedPage(queries, accountId, send(commands, app, accountId, kroner));
    }

    private static String send(CommandGateway commands, RunningKantinekort app, String accountId, long kroner) {
        String portal = "http://127.0.0.1:" + app.portalPort();
        String depositId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartDeposit(accountId, depositId, Money.ofKroner(kroner),
                DepositMethod.PAYMENT_CARD, "anna@example.dk", new PaymentPageLinks(portal + "/indbetaling/kvittering",
                        portal + "/indbetaling/kvittering?annulleret=1", portal + "/betingelser")));
        return depositId;
    }

    private static DepositView deposit(QueryGateway queries, String accountId, String depositId) {
        return queries.query(new FindDeposit(accountId, depositId), DepositView.class).join();
    }
}
