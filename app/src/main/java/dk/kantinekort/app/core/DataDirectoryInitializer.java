package dk.kantinekort.app.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code canteen.data-dir} into an absolute, existing directory before anything uses it: H2 refuses
 * file URLs that are implicitly relative ({@code data/eventstore}), and the log line then says where the
 * data really is.
 */
public class DataDirectoryInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "canteen.data-dir";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Path dataDir = Path.of(environment.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        environment.getPropertySources().addFirst(
                new MapPropertySource("canteenDataDirectory", Map.of(PROPERTY, dataDir.toString())));
    }
}
