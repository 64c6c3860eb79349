package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.AdminProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The admin API's named credentials (role ADMIN): one per administrative system, so each one's actions are recorded
 * under its own name ({@code admin:<name>}). {@code canteen.admin.token} is the integration
 * {@value AdminProperties#DEFAULT_INTEGRATION}. Names are lower-case letters, digits and dashes; two integrations
 * with the same token, or a name given twice, stop the start.
 */
@Component
class AdminCredentials {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Map<String, BearerCredential> byName = new LinkedHashMap<>();

    AdminCredentials(AdminProperties properties) {
        BearerCredential legacy = BearerCredential.of(properties.token(), properties.tokenSha256());
        if (legacy.isSet()) {
            byName.put(AdminProperties.DEFAULT_INTEGRATION, legacy);
        }
        properties.integrations().forEach((name, integration) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException("canteen.admin.integrations: the name '" + name
                        + "' must be 1-40 lower-case letters, digits and dashes");
            }
            BearerCredential credential = BearerCredential.of(integration.token(), integration.tokenSha256());
            if (!credential.isSet()) {
                throw new IllegalStateException("canteen.admin.integrations." + name + ": token or token-sha256 is required");
            }
            if (byName.containsKey(name)) {
                throw new IllegalStateException("canteen.admin.integrations." + name + " is configured twice (canteen.admin.token is the integration '"
                        + AdminProperties.DEFAULT_INTEGRATION + "')");
            }
            byName.forEach((other, known) -> {
                if (known.sameAs(credential)) {
                    throw new IllegalStateException("canteen.admin.integrations: " + name + " and " + other
                            + " have the same token; each integration needs its own");
                }
            });
            byName.put(name, credential);
        });
    }

    /** The name of the integration holding this token, or empty. Compares with every credential in constant time. */
    Optional<String> integrationOf(String presentedToken) {
        String found = null;
        for (Map.Entry<String, BearerCredential> entry : byName.entrySet()) {
            if (entry.getValue().matches(presentedToken) && found == null) {
                found = entry.getKey();
            }
        }
        return Optional.ofNullable(found);
    }
}
