package dk.kantinekort.app.psp;

import dk.kantinekort.embedded.psp.PspSimulatorSettings;
import dk.kantinekort.embedded.psp.PspSimulator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.nets.NetsEasyPaymentProvider;
import dk.kantinekort.command.payment.provider.nets.NetsEasySettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The simulator on a free port in a test's directory, with a clock the test moves, the production Nets Easy adapter
 * pointed at it, a browserless citizen and a merchant webhook endpoint.
 */
final class SimulatorUnderTest implements AutoCloseable {

    static final String SECRET = "test-psp-secret";
    static final String WEBHOOK_AUTHORIZATION = "test-webhook-authorization";

    final MutableClock clock = new MutableClock(Instant.now());
    final WebhookReceiver merchant = new WebhookReceiver();
    private final Path dataDir;
    PspSimulator simulator;
    PaymentProvider provider;
    PspSimulatorClient citizen;

    SimulatorUnderTest(Path dataDir) {
        this.dataDir = dataDir;
        start();
    }

    private void start() {
        simulator = PspSimulator.start(PspSimulatorSettings.of(0, SECRET, dataDir).withClock(clock));
        provider = new NetsEasyPaymentProvider(new NetsEasySettings(simulator.baseUrl(), SECRET,
                Duration.ofSeconds(5)), new ObjectMapper());
        citizen = new PspSimulatorClient(simulator.baseUrl(), SECRET);
    }

    /** Stops the simulator and starts it again on the same state file (and another free port). */
    void restart() {
        simulator.close();
        start();
    }

    /** A card deposit of {@code amountOre} plus {@code feeOre}, with webhooks to the test merchant. */
    Checkout deposit(long amountOre, long feeOre) {
        return checkout(amountOre, feeOre, PaymentChoice.CARD, false);
    }

    Checkout checkout(long amountOre, long feeOre, PaymentChoice method, boolean saveCard) {
        return provider.createCheckout(new CheckoutRequest("D-" + UUID.randomUUID().toString().substring(0, 8),
                amountOre, feeOre, "Indbetaling", method, saveCard,
                URI.create("http://127.0.0.1:9/indbetaling/kvittering"),
                URI.create("http://127.0.0.1:9/indbetaling/annulleret"),
                URI.create("http://127.0.0.1:9/betalingsbetingelser"),
                merchant.url(), WEBHOOK_AUTHORIZATION, "borger@example.dk"));
    }

    @Override
    public void close() {
        try {
            simulator.close();
        } finally {
            merchant.close();
        }
    }
}
