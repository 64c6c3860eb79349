package dk.kantinekort.pos.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hex SHA-256 of a canonical form of a request, so the ledger can tell "same key, same request" (a replay)
 * from "same key, other request" (422). Every field is length-prefixed, so no two requests share a form.
 */
public final class Fingerprint {

    private final StringBuilder canonical = new StringBuilder();

    private Fingerprint(String kind) {
        add(kind);
    }

    public static Fingerprint of(String kind) {
        return new Fingerprint(kind);
    }

    public Fingerprint add(Object field) {
        String s = field == null ? "\u0000" : field.toString();
        canonical.append(s.length()).append(':').append(s).append(';');
        return this;
    }

    public String hex() {
        return sha256Hex(canonical.toString());
    }

    /** Hex SHA-256 of a UTF-8 string (also how bearer tokens are compared). */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
