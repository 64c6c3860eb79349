package dk.kantinekort.app;

import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The three Spring contexts of the one-JVM launcher and which auto-configurations each must not run.
 *
 * <p>The children see the parent's beans, so every auto-configuration that is conditional on a DataSource,
 * a MongoClient or Axon's buses would run a second time in each child (Flyway migrating twice, a second
 * Axon configuration with its own processors). Only the parent owns that infrastructure.
 */
public enum ContextRole {

    /** web(NONE): Axon, the event store, MongoDB; the command and query sides. */
    CORE(List.of("com.vaadin.", "org.springdoc.")),
    /** web(SERVLET): the Vaadin portal. */
    PORTAL(concat(Shared.CHILD_EXCLUDES, List.of("org.springdoc."))),
    /** web(REACTIVE): the till and admin API. */
    POS(concat(Shared.CHILD_EXCLUDES, List.of("com.vaadin.")));

    /** The property that tells a context its role; set by the launcher. */
    public static final String PROPERTY = "canteen.context.role";

    private final List<String> excludedPrefixes;

    ContextRole(List<String> excludedPrefixes) {
        this.excludedPrefixes = excludedPrefixes;
    }

    /** Whether this context must skip the given auto-configuration class. */
    public boolean excludes(String autoConfigurationClass) {
        return excludedPrefixes.stream().anyMatch(autoConfigurationClass::startsWith);
    }

    /** The role of the context that owns this environment, if the launcher set one. */
    public static Optional<ContextRole> of(Environment environment) {
        String value = environment.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(valueOf(value.trim().toUpperCase()));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static final class Shared {
        private static final String BOOT = "org.springframework.boot.autoconfigure.";
        private static final String ACTUATE = "org.springframework.boot.actuate.autoconfigure.";
        static final List<String> CHILD_EXCLUDES = List.of(
                "org.axonframework.",
                BOOT + "jdbc.", BOOT + "orm.", BOOT + "data.", BOOT + "sql.", BOOT + "h2.", BOOT + "mongo.",
                BOOT + "transaction.", BOOT + "task.", BOOT + "jackson.", BOOT + "flyway.", BOOT + "liquibase.",
                BOOT + "dao.", BOOT + "jooq.", BOOT + "r2dbc.",
                // the parent already binds the pool and executor metrics; binding Hikari twice fails
                ACTUATE + "metrics.jdbc.", ACTUATE + "metrics.data.", ACTUATE + "metrics.mongo.",
                ACTUATE + "metrics.task.", ACTUATE + "metrics.orm.",
                // the parent reports the start-up time; a child would register the same gauge again
                ACTUATE + "metrics.startup.");
    }
}
