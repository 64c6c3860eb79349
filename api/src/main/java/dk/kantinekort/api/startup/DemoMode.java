package dk.kantinekort.api.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The embedded demo ({@value #PROPERTY}): true only in the embedded default's launcher (module app), false in every
 * service and wherever it is not set. The per-part switches ({@code canteen.idp.embedded}, {@code canteen.psp.embedded},
 * {@code canteen.smtp.embedded}, {@code canteen.demo-data.enabled}) choose the stand-ins; this one setting decides the
 * safety rules: outside the demo no service starts with a demo secret, demo data is not seeded, a demo till token is
 * refused, and the metrics and the API description need a token.
 */
public final class DemoMode {

    public static final String PROPERTY = "canteen.demo.enabled";

    /** The demo tills' bearer tokens (demo-till-skole-1..N, demo-till-bio-1), seeded by the embedded default's demo data. */
    public static final String DEMO_TILL_TOKEN_PREFIX = "demo-till-";

    /** Each secret setting with the values the embedded demo ships (never to be used anywhere else). */
    static final Map<String, Set<String>> DEMO_SECRETS = Map.of(
            "canteen.admin.token", Set.of("demo-admin"),
            // SHA-256 of demo-admin
            "canteen.admin.token-sha256", Set.of("cce7a2cf1ae045989cfc914fb95a41526f167a838b3c7d33745143614abace7c"),
            "canteen.audit.token", Set.of("demo-auditor"),
            "canteen.psp.secret-key", Set.of("demo-psp-secret"),
            "canteen.psp.webhook-authorization", Set.of("demo-psp-webhook"),
            "canteen.oidc.client-secret", Set.of("demo-portal-secret"),
            "canteen.personal-data.master-key", Set.of("ZGVtby1tYXN0ZXIta2V5LWthbnRpbmVrb3J0LTIwMjY="),
            "canteen.personal-data.hash-key", Set.of("ZGVtby1jcHItaGFzaC1rZXkta2FudGluZWtvcnQtMjY="),
            "canteen.management.token", Set.of("demo-management"),
            "canteen.temporary-card.secret", Set.of("demo-temporary-card-secret"));

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");

    private DemoMode() {
    }

    /** Whether {@value #PROPERTY} is set to true; {@code properties} answers null when unset. */
    public static boolean enabled(UnaryOperator<String> properties) {
        String value = properties.apply(PROPERTY);
        return value != null && TRUE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A demo till's token: refused outside the embedded demo even when a data store still holds it. */
    public static boolean isDemoTillToken(String token) {
        return token != null && token.startsWith(DEMO_TILL_TOKEN_PREFIX);
    }

    /** Outside the demo: each setting that holds a demo value (or seeds demo data), as a sentence naming it. */
    static List<String> demoValuesOutsideTheDemo(UnaryOperator<String> properties) {
        if (enabled(properties)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        DEMO_SECRETS.keySet().stream().sorted().forEach(name -> {
            String value = properties.apply(name);
            if (value != null && DEMO_SECRETS.get(name).stream().anyMatch(demo -> demo.equalsIgnoreCase(value.strip()))) {
                found.add(name + " (environment " + RequiredSettings.environmentName(name) + ") holds the embedded "
                        + "demo's value: set your own secret (" + PROPERTY + "=false outside the embedded demo)");
            }
        });
        String seed = properties.apply("canteen.demo-data.enabled");
        if (seed != null && TRUE.contains(seed.strip().toLowerCase(Locale.ROOT))) {
            found.add("canteen.demo-data.enabled=true seeds the demo tills, citizens and their tokens: switch it off "
                    + "(" + PROPERTY + "=false outside the embedded demo)");
        }
        return found;
    }
}
