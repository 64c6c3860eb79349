package dk.kantinekort.app;

import dk.kantinekort.app.core.DataDirectoryInitializer;
import dk.kantinekort.app.idp.IdentityProviderProcess;
import dk.kantinekort.app.idp.IdpLaunch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.env.Environment;

/**
 * The launcher's part of the demo login (canteen.idp.embedded): the ports of the portal and the demo MitID
 * settled before either starts (the provider registers the portal's exact redirect URIs, the portal discovers
 * the provider's issuer), then the provider started. The properties it returns go first in the portal's
 * environment.
 */
final class EmbeddedLogin {

    static final String EMBEDDED = "canteen.idp.embedded";
    /** The host the portal is reached on in the demo; the provider is on localhost, so cookies do not mix. */
    static final String PORTAL_HOST = "127.0.0.1";

    private EmbeddedLogin() {
    }

    static boolean enabled(Environment environment) {
        return environment.getProperty(EMBEDDED, Boolean.class, false);
    }

    /** Starts the demo MitID for a portal on the given port (0: any free one, chosen now). */
    static Started start(Environment environment) {
        int portalPort = freeIfZero(environment.getProperty("canteen.portal.port", Integer.class, 8080));
        int idpPort = freeIfZero(environment.getProperty("canteen.idp.port", Integer.class, 8083));
        Path dataDir = Path.of(environment.getRequiredProperty(DataDirectoryInitializer.PROPERTY));
        IdpLaunch launch = new IdpLaunch(idpPort, "http://" + PORTAL_HOST + ":" + portalPort,
                environment.getRequiredProperty("canteen.oidc.client-id"),
                environment.getRequiredProperty("canteen.oidc.client-secret"),
                dataDir.resolve("logs").resolve("idp.log"),
                environment.getProperty("canteen.idp.start-timeout", Duration.class, Duration.ofSeconds(60)));
        IdentityProviderProcess idp = IdentityProviderProcess.start(launch);
        Map<String, Object> portalProperties = new HashMap<>();
        portalProperties.put("canteen.portal.port", portalPort);
        portalProperties.put("canteen.oidc.issuer-uri", idp.issuer());
        return new Started(idp, portalProperties);
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

    /** The running provider and the portal properties that point at it. */
    record Started(IdentityProviderProcess idp, Map<String, Object> portalProperties) {
    }
}
