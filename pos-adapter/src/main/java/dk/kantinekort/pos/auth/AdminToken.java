package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.AdminProperties;
import dk.kantinekort.pos.web.Fingerprint;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** The admin API's bearer credential; only its SHA-256 is kept and compared, in constant time. */
@Component
class AdminToken {

    private final byte[] expectedHash;

    AdminToken(AdminProperties properties) {
        if (properties.tokenSha256() != null && !properties.tokenSha256().isBlank()) {
            this.expectedHash = HexFormat.of().parseHex(properties.tokenSha256().strip().toLowerCase());
        } else if (properties.token() != null && !properties.token().isBlank()) {
            this.expectedHash = Fingerprint.sha256(properties.token());
        } else {
            this.expectedHash = null; // no admin credential configured: the admin API refuses everyone
        }
    }

    boolean matches(String presentedToken) {
        return expectedHash != null && presentedToken != null
                && MessageDigest.isEqual(expectedHash, Fingerprint.sha256(presentedToken));
    }
}
