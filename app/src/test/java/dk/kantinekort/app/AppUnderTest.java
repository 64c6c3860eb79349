package dk.kantinekort.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the whole embedded default for a test: every port free (portal, till API, MongoDB, demo MitID, payment
 * simulator), so
 * tests can run beside each other and beside a running demo.
 */
public final class AppUnderTest {

    private AppUnderTest() {
    }

    /** The embedded default with the demo MitID on a free port. */
    public static RunningKantinekort start(Path dataDir, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--canteen.data-dir=" + dataDir,
                "--canteen.portal.port=0",
                "--canteen.pos.port=0",
                "--canteen.mongo.port=0",
                "--canteen.idp.port=0",
                "--canteen.smtp.port=0",
                "--canteen.psp.port=0"));
        args.addAll(List.of(moreArgs));
        return KantinekortApplication.start(args.toArray(String[]::new));
    }

    /**
     * Without the demo MitID, for tests that never log in: the portal discovers its broker only at the first
     * login, so an address where nothing answers does.
     */
    public static RunningKantinekort startWithoutLogin(Path dataDir, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of("--canteen.idp.embedded=false",
                "--canteen.oidc.issuer-uri=http://localhost:9/no-login-in-this-test"));
        args.addAll(List.of(moreArgs));
        return start(dataDir, args.toArray(String[]::new));
    }
}
