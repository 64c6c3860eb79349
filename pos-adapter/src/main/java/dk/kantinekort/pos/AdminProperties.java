package dk.kantinekort.pos;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credential of the admin integration API under {@code canteen.admin}: either the bearer token itself
 * ({@code token}, hashed at start-up) or its hex SHA-256 ({@code token-sha256}). With neither set the admin
 * API refuses every request.
 */
@ConfigurationProperties("canteen.admin")
public record AdminProperties(String token, String tokenSha256) {

    @Override
    public String toString() {
        return "AdminProperties[token=***]";
    }
}
