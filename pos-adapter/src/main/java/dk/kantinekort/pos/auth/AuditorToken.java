package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.AuditProperties;
import org.springframework.stereotype.Component;

/** The audit API's bearer credential ({@code canteen.audit.token}): role AUDITOR. */
@Component
class AuditorToken {

    private final BearerCredential credential;

    AuditorToken(AuditProperties properties) {
        // no auditor credential configured: the audit API refuses everyone
        this.credential = BearerCredential.of(properties.token(), properties.tokenSha256());
    }

    boolean matches(String presentedToken) {
        return credential.matches(presentedToken);
    }
}
