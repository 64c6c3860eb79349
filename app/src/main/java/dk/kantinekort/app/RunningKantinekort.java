package dk.kantinekort.app;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A started launcher: its three contexts and the ports the two web servers actually bound. */
public record RunningKantinekort(ConfigurableApplicationContext core,
                                 ConfigurableApplicationContext portal,
                                 ConfigurableApplicationContext pos) implements AutoCloseable {

    /** The portal's port; the real one when canteen.portal.port=0 asked for any free port. */
    public int portalPort() {
        return ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    /** The till API's port; the real one when canteen.pos.port=0. */
    public int posPort() {
        return ((WebServerApplicationContext) pos).getWebServer().getPort();
    }

    /** Stops the web servers first, then the ledger, the read side and the databases. */
    @Override
    public void close() {
        pos.close();
        portal.close();
        core.close();
    }
}
