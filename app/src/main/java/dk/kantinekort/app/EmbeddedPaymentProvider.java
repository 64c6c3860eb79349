package dk.kantinekort.app;

import dk.kantinekort.app.core.DataDirectoryInitializer;
import dk.kantinekort.embedded.psp.PspSimulator;
import dk.kantinekort.embedded.psp.PspSimulatorSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The launcher's part of the payment-provider simulator (canteen.psp.embedded). It starts as soon as the core
 * context's environment (with the absolute data dir) is known, before any bean exists, and points the core
 * context's {@code canteen.psp.base-url} at the port it really bound; {@link #properties()} hands the same to the
 * web children.
 */
final class EmbeddedPaymentProvider implements ApplicationListener<ApplicationEvent> {

    static final String EMBEDDED = "canteen.psp.embedded";

    private PspSimulator simulator;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized && simulator == null) {
            ConfigurableEnvironment environment = initialized.getApplicationContext().getEnvironment();
            if (environment.getProperty(EMBEDDED, Boolean.class, false)) {
                start(environment);
            }
        }
    }

    private void start(ConfigurableEnvironment environment) {
        Path dataDir = Path.of(environment.getRequiredProperty(DataDirectoryInitializer.PROPERTY));
        simulator = PspSimulator.start(new PspSimulatorSettings(
                environment.getProperty("canteen.psp.port", Integer.class, 8082),
                environment.getProperty("canteen.psp.secret-key", "demo-psp-secret"),
                environment.getProperty("canteen.psp.merchant-name", PspSimulatorSettings.DEFAULT_MERCHANT_NAME),
                environment.getProperty("canteen.psp.merchant-address", PspSimulatorSettings.DEFAULT_MERCHANT_ADDRESS),
                dataDir.resolve("psp-simulator.json"),
                Clock.systemUTC()));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPaymentProvider", properties()));
    }

    /** The simulator, when one was started; null when the command side talks to a real provider. */
    PspSimulator simulator() {
        return simulator;
    }

    /** The properties that point the contexts at the simulator; empty without one. */
    Map<String, Object> properties() {
        if (simulator == null) {
            return Map.of();
        }
        return Map.of("canteen.psp.base-url", simulator.baseUrl().toString(), "canteen.psp.port", simulator.port());
    }

    /** Stops the simulator if it was started (start-up failed, or the launcher stops). */
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
