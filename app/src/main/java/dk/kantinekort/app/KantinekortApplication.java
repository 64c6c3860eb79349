package dk.kantinekort.app;

import dk.kantinekort.app.core.CoreConfiguration;
import dk.kantinekort.app.core.DataDirectoryInitializer;
import dk.kantinekort.app.portal.PortalConfiguration;
import dk.kantinekort.api.startup.RequiredSettings;
import dk.kantinekort.app.till.TillApiConfiguration;
import dk.kantinekort.embedded.mitid.IdentityProviderProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default in one JVM: a parent context with the ledger and the read side, a servlet child
 * with the Vaadin portal and a reactive child with the till API. Command-line arguments reach all three,
 * e.g. {@code --canteen.portal.port=9090 --canteen.pos.port=9091 --canteen.data-dir=/var/lib/kantinekort}.
 * With {@code canteen.idp.embedded} (the default here) it also runs the demo MitID in a child process, and with
 * {@code canteen.psp.embedded} (the default too) the payment-provider simulator on its own port in this JVM.
 */
public final class KantinekortApplication {

    private static final Logger log = LoggerFactory.getLogger(KantinekortApplication.class);
    private static final String POS_PORT = "canteen.pos.port";

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

        EmbeddedPortalAddress portalAddress = new EmbeddedPortalAddress();
        EmbeddedLogin login = new EmbeddedLogin();
        EmbeddedPaymentProvider psp = new EmbeddedPaymentProvider();
        EmbeddedMail mail = new EmbeddedMail();
        SpringApplicationBuilder core = new SpringApplicationBuilder(CoreConfiguration.class)
                .web(WebApplicationType.NONE)
                .initializers(new DataDirectoryInitializer(), context -> RequiredSettings.of("Kantinekort")
                        .noDemoSecrets().verify(context.getEnvironment()::getProperty))
                .listeners(portalAddress, psp, mail, login);
        ConfigurableApplicationContext coreContext = null;
        try {
            coreContext = core.run(args);
            // the demo MitID boots meanwhile: the portal discovers it at the first login, and its health stays DOWN
            // until the provider answers. The two children start side by side (issue 16, cold start); their
            // builders are made here, child() changes the parent's builder
            SpringApplicationBuilder portalBuilder = core.child(PortalConfiguration.class)
                    .web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=portal")
                    .initializers(firstProperties("embeddedPortalAddress", portalAddress.properties()),
                            firstProperties("embeddedLogin", login.portalProperties()),
                            firstProperties("embeddedPaymentProvider", psp.properties()),
                            login.portalHealth());
            SpringApplicationBuilder posBuilder = core.child(TillApiConfiguration.class)
                    .web(WebApplicationType.REACTIVE)
                    .properties("spring.config.name=pos")
                    .initializers(firstProperties("embeddedPaymentProvider", psp.properties()),
                            firstProperties("settledPosPort", settledPosPort(coreContext.getEnvironment())))
                    .initializers(context -> {
                        if (mail.server() != null) {
                            context.getBeanFactory().registerSingleton("devMailServer", mail.server());
                        }
                    });
            ConfigurableApplicationContext[] children = startSideBySide(portalBuilder, posBuilder, args);
            ConfigurableApplicationContext portal = children[0];
            ConfigurableApplicationContext pos = children[1];
            login.awaitReady();
            IdentityProviderProcess idp = login.identityProvider();
            RunningKantinekort running = new RunningKantinekort(coreContext, portal, pos, idp, psp.simulator(),
                    mail.server());
            log.info("Kantinekort started in {} ms: portal http://{}:{}/ , till API http://localhost:{}/ ,{}{} data in {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), EmbeddedLogin.PORTAL_HOST,
                    running.portalPort(), running.posPort(),
                    idp == null ? "" : " demo MitID " + idp.issuer() + " ,",
                    psp.simulator() == null ? "" : " payment simulator " + psp.simulator().baseUrl() + " ,",
                    coreContext.getEnvironment().getProperty(DataDirectoryInitializer.PROPERTY));
            return running;
        } catch (RuntimeException e) {
            try {
                if (coreContext != null) {
                    coreContext.close(); // closes a child that did start, too
                }
            } finally {
                try {
                    login.stop();
                } finally {
                    psp.stop();
                    mail.stop();
                }
            }
            throw e;
        }
    }

    /**
     * Runs both children at once, the first on a thread of its own, and answers them in the order given; when
     * either fails, the other is closed once started and the failure is thrown (the core closes the rest).
     */
    private static ConfigurableApplicationContext[] startSideBySide(SpringApplicationBuilder first,
                                                                    SpringApplicationBuilder second, String[] args) {
        CompletableFuture<ConfigurableApplicationContext> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                started.complete(first.run(args));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "start-portal");
        thread.start();
        ConfigurableApplicationContext other;
        try {
            other = second.run(args);
        } catch (RuntimeException e) {
            started.thenAccept(ConfigurableApplicationContext::close);
            throw e;
        }
        try {
            return new ConfigurableApplicationContext[] {started.join(), other};
        } catch (CompletionException e) {
            other.close();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * A till API on any free port ({@code canteen.pos.port=0}, as in tests) gets its port now: the portal's port
     * was settled before it binds it, and the till API binding "any free port" at the same moment could be given
     * exactly that one.
     */
    private static Map<String, Object> settledPosPort(Environment environment) {
        if (environment.getProperty(POS_PORT, Integer.class, 8081) != 0) {
            return Map.of();
        }
        int portal = environment.getProperty("canteen.portal.port", Integer.class, 0);
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (socket.getLocalPort() != portal) {
                    return Map.of(POS_PORT, socket.getLocalPort());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port for the till API", e);
            }
        }
    }

    /** Properties that win over the command line in one child: values the launcher settled itself. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> firstProperties(
            String name, Map<String, Object> properties) {
        return context -> {
            if (!properties.isEmpty()) {
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(name, properties));
            }
        };
    }
}
