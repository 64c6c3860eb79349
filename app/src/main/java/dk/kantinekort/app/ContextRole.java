package dk.kantinekort.app;

import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The three Spring contexts of the one-JVM launcher, and the demo identity provider's context in its own JVM,
 * and which auto-configurations each must not run.
 *
 * <p>The children see the parent's beans, so every auto-configuration that is conditional on a DataSource,
 * a MongoClient or Axon's buses would run a second time in each child (Flyway migrating twice, a second
 * Axon configuration with its own processors). Only the parent owns that infrastructure.
 */
public enum ContextRole {

    /** web(NONE): Axon, the event store, MongoDB; the command and query sides. */
    CORE(concat(List.of("com.vaadin.", "org.springdoc."), Shared.WEB_SECURITY)),
    /** web(SERVLET): the Vaadin portal, an OpenID Connect client; never a provider or resource server. */
    PORTAL(concat(Shared.CHILD_EXCLUDES, List.of("org.springdoc.", Shared.BOOT + "security.oauth2.server.",
            Shared.BOOT + "security.oauth2.resource."))),
    /** web(REACTIVE): the till and admin API, which checks its own bearer tokens. */
    POS(concat(Shared.CHILD_EXCLUDES, concat(List.of("com.vaadin."), Shared.WEB_SECURITY))),
    /**
     * web(SERVLET) in its own JVM: the demo MitID (dk.kantinekort.app.idp). It sees the launcher's whole class
     * path but runs none of the ledger, the databases, the actuator or Vaadin (whose global security strategy
     * breaks it), and of Boot's own auto-configurations only those an OpenID Connect provider needs: fewer
     * conditions to evaluate, a quicker start.
     */
    IDP(List.of("org.axonframework.", "com.github.kagkarlsson.", "com.vaadin.", "org.springdoc.", "org.springframework.boot.actuate."),
            Shared.PROVIDER_ONLY);

    /** The property that tells a context its role; set by the launcher. */
    public static final String PROPERTY = "canteen.context.role";

    private final List<String> excludedPrefixes;
    private final List<String> onlyPrefixes;

    ContextRole(List<String> excludedPrefixes) {
        this(excludedPrefixes, null);
    }

    ContextRole(List<String> excludedPrefixes, List<String> onlyPrefixes) {
        this.excludedPrefixes = excludedPrefixes;
        this.onlyPrefixes = onlyPrefixes;
    }

    /**
     * Whether this context must skip the given auto-configuration class. Boot asks this of every class that
     * an auto-configuration imports, too, so a list of what to keep applies only within Boot's own package.
     */
    public boolean excludes(String autoConfigurationClass) {
        if (onlyPrefixes != null && autoConfigurationClass.startsWith(Shared.BOOT)
                && onlyPrefixes.stream().noneMatch(autoConfigurationClass::startsWith)) {
            return true;
        }
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
        static final List<String> DATA = List.of(
                BOOT + "jdbc.", BOOT + "orm.", BOOT + "data.", BOOT + "sql.", BOOT + "h2.", BOOT + "mongo.",
                BOOT + "flyway.", BOOT + "liquibase.", BOOT + "dao.", BOOT + "jooq.", BOOT + "r2dbc.");
        static final List<String> CHILD_EXCLUDES = concat(DATA, List.of(
                "org.axonframework.",
                // db-scheduler (Axon's durable deadlines) polls the parent's database from the parent only
                "com.github.kagkarlsson.",
                BOOT + "transaction.", BOOT + "task.", BOOT + "jackson.",
                // the parent already binds the pool and executor metrics; binding Hikari twice fails
                ACTUATE + "metrics.jdbc.", ACTUATE + "metrics.data.", ACTUATE + "metrics.mongo.",
                ACTUATE + "metrics.task.", ACTUATE + "metrics.orm.",
                // the parent reports the start-up time; a child would register the same gauge again
                ACTUATE + "metrics.startup."));
        /** Of Boot's auto-configurations: a servlet web server, Spring MVC, Spring Security's authorization server. */
        static final List<String> PROVIDER_ONLY = List.of(
                BOOT + "context.", BOOT + "web.servlet.", BOOT + "web.embedded.", BOOT + "http.HttpMessageConverters", BOOT + "jackson.",
                BOOT + "ssl.", BOOT + "security.servlet.", BOOT + "security.oauth2.server.servlet.");
        /** Spring Security is on the class path for the portal; the other contexts must not lock themselves. */
        static final List<String> WEB_SECURITY = List.of(BOOT + "security.", ACTUATE + "security.");
    }
}
