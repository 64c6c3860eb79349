package dk.kantinekort.app;

import dk.kantinekort.app.core.DataDirectoryInitializer;
import dk.kantinekort.embedded.mitid.IdentityProviderProcess;
import dk.kantinekort.embedded.mitid.IdpLaunch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The launcher's part of the demo login (canteen.idp.embedded). The ports of the portal and the demo MitID are
 * settled before either starts (the provider registers the portal's exact redirect URIs, the portal discovers
 * the provider's issuer). The provider's JVM is spawned as soon as the core context's environment is known,
 * so it boots side by side with all three contexts (issue 16, cold start); the portal discovers it at the first
 * login, its health is DOWN until the provider answers, and the launcher returns only after {@link #awaitReady()}.
 */
final class EmbeddedLogin implements ApplicationListener<ApplicationEvent> {

    static final String EMBEDDED = "canteen.idp.embedded";
    /** The host the portal is reached on in the demo; the provider is on localhost, so cookies do not mix. */
    static final String PORTAL_HOST = "127.0.0.1";

    private IdentityProviderProcess idp;
    private int portalPort;

    /** Spawns the provider once the core context's environment (with the absolute data dir) is ready. */
    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized && idp == null) {
            Environment environment = initialized.getApplicationContext().getEnvironment();
            if (environment.getProperty(EMBEDDED, Boolean.class, false)) {
                spawn(environment);
            }
        }
    }

    private void spawn(Environment environment) {
        portalPort = freeIfZero(environment.getProperty("canteen.portal.port", Integer.class, 8080));
        int idpPort = freeIfZero(environment.getProperty("canteen.idp.port", Integer.class, 8083));
        Path dataDir = Path.of(environment.getRequiredProperty(DataDirectoryInitializer.PROPERTY));
        // the portal's configured public address (EmbeddedPortalAddress settled it): its redirect URIs use it too
        String portal = environment.getProperty("canteen.portal.public-url", "http://" + PORTAL_HOST + ":" + portalPort)
                .strip().replaceFirst("/+$", "");
        idp = IdentityProviderProcess.spawn(new IdpLaunch(idpPort, portal,
                environment.getRequiredProperty("canteen.oidc.client-id"),
                environment.getRequiredProperty("canteen.oidc.client-secret"),
                dataDir.resolve("logs").resolve("idp.log"),
                environment.getProperty("canteen.idp.start-timeout", Duration.class, Duration.ofSeconds(60))));
    }

    /** The provider, when one was spawned; null when the portal uses an external OpenID Connect broker. */
    IdentityProviderProcess identityProvider() {
        return idp;
    }

    /**
     * The portal properties that point at the provider (if any), without waiting for it: the portal discovers
     * the provider at the first login, not at start, so both boot side by side; {@link #awaitReady()} follows.
     */
    Map<String, Object> portalProperties() {
        if (idp == null) {
            return Map.of();
        }
        return Map.of("canteen.portal.port", portalPort, "canteen.oidc.issuer-uri", idp.issuer());
    }

    /** Waits for the provider, if one was spawned (throws, and stops it, when it does not answer in time). */
    void awaitReady() {
        if (idp != null) {
            idp.awaitReady();
        }
    }

    /**
     * The portal's health while the provider is its login: DOWN until it answers, so "UP" still means a citizen
     * can log in (the launcher's callers and load balancers wait for UP); nothing when no provider was spawned.
     */
    ApplicationContextInitializer<ConfigurableApplicationContext> portalHealth() {
        return context -> {
            if (idp != null) {
                IdentityProviderProcess provider = idp;
                context.getBeanFactory().registerSingleton("demoMitIdHealthIndicator", (HealthIndicator) () ->
                        provider.isReady() ? Health.up().withDetail("issuer", provider.issuer()).build()
                                : Health.down().withDetail("issuer", provider.issuer()).build());
            }
        };
    }

    /** Stops the provider if it was spawned (start-up failed, or the launcher stops). */
    void stop() {
        if (idp != null) {
            idp.close();
        }
    }

    private static int freeIfZero(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
