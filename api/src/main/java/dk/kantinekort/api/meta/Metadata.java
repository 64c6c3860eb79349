package dk.kantinekort.api.meta;

import java.util.Map;
import java.util.UUID;

/**
 * Metadata every command carries and every event inherits (F5): who acted, through which channel, and the
 * correlation id that ties a request to everything it caused.
 */
public final class Metadata {

    public static final String ACTOR = "actor";
    public static final String CHANNEL = "channel";
    public static final String CORRELATION_ID = "correlationId";

    /** Channels through which a change reaches the ledger. */
    public enum Channel { TILL, ADMIN_API, PORTAL, PAYMENT_PROVIDER, SYSTEM }

    private Metadata() {
    }

    public static Map<String, String> of(String actor, Channel channel, String correlationId) {
        return Map.of(ACTOR, actor, CHANNEL, channel.name(),
                CORRELATION_ID, correlationId == null ? UUID.randomUUID().toString() : correlationId);
    }

    public static String till(String tillId) {
        return "till:" + tillId;
    }

    public static String admin(String adminId) {
        return "admin:" + adminId;
    }

    public static String citizen(String citizenId) {
        return "citizen:" + citizenId;
    }

    /** The citizen id of a {@code citizen:<id>} actor; null for any other actor (staff, system, till). */
    public static String citizenIdOf(String actor) {
        return actor != null && actor.startsWith("citizen:") ? actor.substring("citizen:".length()) : null;
    }

    /**
     * A login identity before the CPR step has linked it: {@code identity:} and the SHA-256 of the broker's subject,
     * never the subject itself, since the actor is stored in clear with every event (issue 15).
     */
    public static String identity(String subject) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "identity:" + java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public static String system(String component) {
        return "system:" + component;
    }
}
