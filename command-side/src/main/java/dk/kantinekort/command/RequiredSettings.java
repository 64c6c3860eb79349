package dk.kantinekort.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Checks, before any bean is made, that a standalone service has the settings it cannot run without, and
 * stops it at once with a message naming each missing one (instead of hanging on a connection or failing
 * deep inside a bean).
 */
final class RequiredSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String service;
    private final List<Function<Environment, Optional<String>>> checks;

    private RequiredSettings(String service, List<Function<Environment, Optional<String>>> checks) {
        this.service = service;
        this.checks = List.copyOf(checks);
    }

    static RequiredSettings of(String service) {
        return new RequiredSettings(service, List.of());
    }

    /** The property must be set and not blank. */
    RequiredSettings property(String name, String why) {
        return with(environment -> isBlank(environment.getProperty(name))
                ? Optional.of(name + " (environment " + environmentName(name) + "): " + why) : Optional.empty());
    }

    /** Axon Server must not be switched off ({@code axon.axonserver.enabled=false}). */
    RequiredSettings axonServer(String why) {
        return with(environment -> environment.getProperty("axon.axonserver.enabled", Boolean.class, true)
                ? Optional.empty()
                : Optional.of("axon.axonserver.enabled=true (environment AXON_AXONSERVER_ENABLED, with "
                        + "axon.axonserver.servers): " + why));
    }

    private RequiredSettings with(Function<Environment, Optional<String>> check) {
        List<Function<Environment, Optional<String>>> all = new ArrayList<>(checks);
        all.add(check);
        return new RequiredSettings(service, all);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<String> missing = checks.stream().map(check -> check.apply(context.getEnvironment()))
                .flatMap(Optional::stream).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(service + " cannot start, missing setting"
                    + (missing.size() > 1 ? "s" : "") + ":\n  - " + String.join("\n  - ", missing));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The environment variable Spring Boot reads the property from, e.g. CANTEEN_MONGO_URI. */
    static String environmentName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
