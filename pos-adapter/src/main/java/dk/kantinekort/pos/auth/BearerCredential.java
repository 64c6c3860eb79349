package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.web.Fingerprint;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A configured bearer token of staff; only its SHA-256 is kept and compared, in constant time. */
final class BearerCredential {

    private final byte[] expectedHash;

    private BearerCredential(byte[] expectedHash) {
        this.expectedHash = expectedHash;
    }

    /** From the token or its hex SHA-256 (which wins); with neither, a credential nobody matches. */
    static BearerCredential of(String token, String tokenSha256) {
        if (tokenSha256 != null && !tokenSha256.isBlank()) {
            return new BearerCredential(HexFormat.of().parseHex(tokenSha256.strip().toLowerCase()));
        }
        if (token != null && !token.isBlank()) {
            return new BearerCredential(Fingerprint.sha256(token));
        }
        return new BearerCredential(null);
    }

    boolean isSet() {
        return expectedHash != null;
    }

    boolean sameAs(BearerCredential other) {
        return expectedHash != null && other.expectedHash != null && MessageDigest.isEqual(expectedHash, other.expectedHash);
    }

    boolean matches(String presentedToken) {
        return expectedHash != null && presentedToken != null
                && MessageDigest.isEqual(expectedHash, Fingerprint.sha256(presentedToken));
    }
}
