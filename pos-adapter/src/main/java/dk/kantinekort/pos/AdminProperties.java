package dk.kantinekort.pos;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credentials of the admin integration API under {@code canteen.admin}. Each administrative system has its own
 * named credential, {@code integrations.<name>.token} (hashed at start-up) or {@code integrations.<name>.token-sha256}
 * (hex SHA-256), and what it does is recorded with the actor {@code admin:<name>}. The single {@code token} /
 * {@code token-sha256} of earlier versions is the integration named {@value #DEFAULT_INTEGRATION}. With none set the
 * admin API refuses every request.
 */
@ConfigurationProperties("canteen.admin")
public record AdminProperties(String token, String tokenSha256, Map<String, Integration> integrations) {

    /** The integration name of {@code canteen.admin.token}. */
    public static final String DEFAULT_INTEGRATION = "default";

    public AdminProperties {
        integrations = integrations == null ? Map.of() : Map.copyOf(integrations);
    }

    /** One administrative system's credential: the bearer token or its hex SHA-256 (which wins). */
    public record Integration(String token, String tokenSha256) {

        @Override
        public String toString() {
            return "Integration[token=***]";
        }
    }

    @Override
    public String toString() {
        return "AdminProperties[token=***, integrations=" + integrations.keySet() + "]";
    }
}
