package dk.kantinekort.embedded.mitid;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the launcher starts the demo MitID: its port, the portal's base URL (the registered redirect URIs are
 * derived from it, port included), the portal's client credentials, the log file and how long to wait.
 */
public record IdpLaunch(int port, String portalUrl, String clientId, String clientSecret, Path logFile,
                        Duration startTimeout) {

    @Override
    public String toString() {
        return "IdpLaunch[port=" + port + ", portalUrl=" + portalUrl + ", clientId=" + clientId + "]";
    }
}
