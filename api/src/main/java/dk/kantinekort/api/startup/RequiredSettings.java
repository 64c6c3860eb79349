package dk.kantinekort.api.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The settings a standalone service cannot run without. Each service checks them before any bean is made and
 * stops at once with a message naming each missing one (instead of hanging on a connection or failing deep
 * inside a bean). Plain Java, so every module can share it: the caller passes its property look-up.
 */
public final class RequiredSettings {

    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    private final String service;
    private final List<Function<UnaryOperator<String>, List<String>>> checks;

    private RequiredSettings(String service, List<Function<UnaryOperator<String>, List<String>>> checks) {
        this.service = service;
        this.checks = List.copyOf(checks);
    }

    public static RequiredSettings of(String service) {
        return new RequiredSettings(service, List.of());
    }

    /** The property must be set and not blank. */
    public RequiredSettings property(String name, String why) {
        return with(properties -> isBlank(properties.apply(name))
                ? Optional.of(name + " (environment " + environmentName(name) + "): " + why) : Optional.empty());
    }

    /** Axon Server must not be switched off ({@code axon.axonserver.enabled=false}). */
    public RequiredSettings axonServer(String why) {
        return with(properties -> !axonServerDisabled(properties) ? Optional.empty()
                : Optional.of("axon.axonserver.enabled=true (environment AXON_AXONSERVER_ENABLED, with "
                        + "axon.axonserver.servers): " + why));
    }

    private static boolean axonServerDisabled(UnaryOperator<String> properties) {
        String enabled = properties.apply("axon.axonserver.enabled");
        return enabled != null && FALSE.contains(enabled.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Axon Server, or else the given property (e.g. {@code spring.datasource.url}: the events come from that
     * database instead): at least one of the two.
     */
    public RequiredSettings axonServerOr(String property, String why) {
        return with(properties -> !axonServerDisabled(properties) || !isBlank(properties.apply(property))
                ? Optional.empty()
                : Optional.of("axon.axonserver.enabled=true (environment AXON_AXONSERVER_ENABLED, with "
                        + "axon.axonserver.servers) or " + property + " (environment " + environmentName(property)
                        + "): " + why));
    }

    /**
     * Outside the embedded demo ({@link DemoMode}) no setting may hold a demo secret, and demo data is not seeded:
     * each such setting is named.
     */
    public RequiredSettings noDemoSecrets() {
        return withAll(DemoMode::demoValuesOutsideTheDemo);
    }

    /** Throws {@link IllegalStateException} naming every missing setting; {@code properties} answers null when unset. */
    public void verify(UnaryOperator<String> properties) {
        List<String> missing = checks.stream().map(check -> check.apply(properties))
                .flatMap(List::stream).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(service + " cannot start, missing setting"
                    + (missing.size() > 1 ? "s" : "") + " (or a demo value outside the embedded demo):\n  - "
                    + String.join("\n  - ", missing));
        }
    }

    private RequiredSettings with(Function<UnaryOperator<String>, Optional<String>> check) {
        return withAll(properties -> check.apply(properties).stream().toList());
    }

    private RequiredSettings withAll(Function<UnaryOperator<String>, List<String>> check) {
        List<Function<UnaryOperator<String>, List<String>>> all = new ArrayList<>(checks);
        all.add(check);
        return new RequiredSettings(service, all);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The environment variable Spring Boot reads the property from, e.g. CANTEEN_MONGO_URI. */
    static String environmentName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
