package dk.kantinekort.app.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a process of {@link MultiProcessTopologyTest} tells the test that it is up: it writes the port it listens on
 * into the file named by the system property {@value #PROPERTY}, in one step (written aside, then moved).
 */
final class ReadyFile {

    static final String PROPERTY = "topology.ready-file";

    private ReadyFile() {
    }

    static void announce(String port) {
        Path file = Path.of(System.getProperty(PROPERTY));
        try {
            Path aside = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(aside, port);
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
