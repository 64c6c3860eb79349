package dk.kantinekort.app;

import dk.kantinekort.app.core.CoreConfiguration;
import dk.kantinekort.app.core.DataDirectoryInitializer;
import dk.kantinekort.app.portal.PortalConfiguration;
import dk.kantinekort.app.till.TillApiConfiguration;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default in one JVM: a parent context with the ledger and the read side, a servlet child
 * with the Vaadin portal and a reactive child with the till API. Command-line arguments reach all three,
 * e.g. {@code --canteen.portal.port=9090 --canteen.pos.port=9091 --canteen.data-dir=/var/lib/kantinekort}.
 */
public final class KantinekortApplication {

    private static final Logger log = LoggerFactory.getLogger(KantinekortApplication.class);

    private KantinekortApplication() {
    }

    public static void main(String[] args) {
        try {
            start(args);
        } catch (RuntimeException e) {
            // the parent context may hold non-daemon threads; do not leave a half-started JVM behind
            log.error("Kantinekort failed to start", e);
            System.exit(1);
        }
    }

    /** Starts the three contexts; the returned handle closes them again (tests, embedding). */
    public static RunningKantinekort start(String... args) {
        long started = System.nanoTime();
        // Axon's update checker calls home; the embedded default must not (and the network may be closed)
        System.setProperty("axoniq.update-checker.disabled", "true");

        SpringApplicationBuilder core = new SpringApplicationBuilder(CoreConfiguration.class)
                .web(WebApplicationType.NONE)
                .initializers(new DataDirectoryInitializer())
                .properties(role(ContextRole.CORE));
        ConfigurableApplicationContext coreContext = core.run(args);
        try {
            ConfigurableApplicationContext portal = core.child(PortalConfiguration.class)
                    .web(WebApplicationType.SERVLET)
                    .properties(role(ContextRole.PORTAL), "spring.config.name=portal")
                    .run(args);
            ConfigurableApplicationContext pos = core.child(TillApiConfiguration.class)
                    .web(WebApplicationType.REACTIVE)
                    .properties(role(ContextRole.POS), "spring.config.name=pos")
                    .run(args);
            RunningKantinekort running = new RunningKantinekort(coreContext, portal, pos);
            log.info("Kantinekort started in {} ms: portal http://localhost:{}/ , till API http://localhost:{}/ , data in {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), running.portalPort(), running.posPort(),
                    coreContext.getEnvironment().getProperty(DataDirectoryInitializer.PROPERTY));
            return running;
        } catch (RuntimeException e) {
            coreContext.close(); // closes a child that did start, too
            throw e;
        }
    }

    private static String role(ContextRole role) {
        return ContextRole.PROPERTY + "=" + role.name();
    }
}
