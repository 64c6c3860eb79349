package dk.kantinekort.app;

import dk.kantinekort.app.idp.IdentityProviderProcess;
import java.util.Optional;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A started launcher: its three contexts, the ports the two web servers actually bound, and the demo MitID
 * process when the launcher runs it (null otherwise).
 */
public record RunningKantinekort(ConfigurableApplicationContext core,
                                 ConfigurableApplicationContext portal,
                                 ConfigurableApplicationContext pos,
                                 IdentityProviderProcess idp) implements AutoCloseable {

    /** The portal's port; the real one when canteen.portal.port=0 asked for any free port. */
    public int portalPort() {
        return ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    /** The till API's port; the real one when canteen.pos.port=0. */
    public int posPort() {
        return ((WebServerApplicationContext) pos).getWebServer().getPort();
    }

    /** The demo MitID, when the launcher started it (canteen.idp.embedded). */
    public Optional<IdentityProviderProcess> identityProvider() {
        return Optional.ofNullable(idp);
    }

    /** Stops the web servers first, then the ledger, the read side and the databases, then the demo MitID. */
    @Override
    public void close() {
        try {
            pos.close();
            portal.close();
            core.close();
        } finally {
            if (idp != null) {
                idp.close();
            }
        }
    }
}
