package dk.kantinekort.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded default without the demo MitID ({@link AppUnderTest#startWithoutLogin}), started once for a test class
 * on a data directory of its own and closed (the directory deleted) after it:
 * {@code @RegisterExtension static final AppWithoutLogin running = new AppWithoutLogin();}, then {@code running.app()}.
 */
public final class AppWithoutLogin implements BeforeAllCallback, AfterAllCallback {

    private final String[] args;
    private Path dataDir;
    private RunningKantinekort app;

    /** With the settings of {@code application.yml}, and {@code args} on top (e.g. {@code --canteen.x=y}). */
    public AppWithoutLogin(String... args) {
        this.args = args.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("kantinekort-test-");
        app = AppUnderTest.startWithoutLogin(dataDir, args);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The running application. */
    public RunningKantinekort app() {
        return app;
    }
}
