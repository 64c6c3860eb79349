package dk.kantinekort.app;

import dk.kantinekort.embedded.mitid.IdentityProviderProcess;
import dk.kantinekort.embedded.mail.DevMailServer;
import dk.kantinekort.embedded.psp.PspSimulator;
import java.net.URI;
import java.util.Optional;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A started launcher: its three contexts, the ports the two web servers actually bound, the demo MitID process and
 * the payment-provider simulator when the launcher runs them (null otherwise).
 */
public record RunningKantinekort(ConfigurableApplicationContext core,
                                 ConfigurableApplicationContext portal,
                                 ConfigurableApplicationContext pos,
                                 IdentityProviderProcess idp,
                                 PspSimulator psp,
                                 DevMailServer mail) implements AutoCloseable {

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

    /** The embedded SMTP server, when the launcher started it (canteen.smtp.embedded). */
    public Optional<DevMailServer> mailServer() {
        return Optional.ofNullable(mail);
    }

    /** The payment-provider simulator, when the launcher started it (canteen.psp.embedded). */
    public Optional<PspSimulator> paymentProviderSimulator() {
        return Optional.ofNullable(psp);
    }

    /** The payment provider's base URL the command side uses: the simulator's, or the configured provider's. */
    public URI pspBaseUrl() {
        return psp != null ? psp.baseUrl() : URI.create(core.getEnvironment().getRequiredProperty("canteen.psp.base-url"));
    }

    /** The simulator's port; the real one when canteen.psp.port=0 (the configured provider's port otherwise). */
    public int pspPort() {
        return psp != null ? psp.port() : pspBaseUrl().getPort();
    }

    /**
     * Stops the web servers first, then the ledger, the read side and the databases, then the demo MitID and the
     * payment simulator.
     */
    @Override
    public void close() {
        try {
            pos.close();
            portal.close();
            core.close();
        } finally {
            try {
                if (idp != null) {
                    idp.close();
                }
            } finally {
                try {
                    if (psp != null) {
                        psp.close();
                    }
                } finally {
                    if (mail != null) {
                        mail.close();
                    }
                }
            }
        }
    }
}
