package dk.kantinekort.pos;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credential of the audit API ({@code /api/v1/audit/**}, role AUDITOR) under {@code canteen.audit}: the bearer token
 * ({@code token}) or its hex SHA-256 ({@code token-sha256}). With neither set the audit API refuses every request.
 */
@ConfigurationProperties("canteen.audit")
public record AuditProperties(String token, String tokenSha256) {

    @Override
    public String toString() {
        return "AuditProperties[token=***]";
    }
}
