package dk.kantinekort.pos.web;

import dk.kantinekort.pos.problem.PosProblem;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} header (IETF draft): required on every request that changes money, 1 to 255
 * printable ASCII characters; the draft's quoted form ({@code "abc"}) is accepted too. The ledger ids are
 * derived from it, so a retry reaches the very same purchase, refund or deposit.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    /** Parses the header value; a missing or malformed key is a 400 {@code INVALID_REQUEST}. */
    public static IdempotencyKey parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw PosProblem.invalid("The Idempotency-Key header is required");
        }
        String key = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
                ? raw.substring(1, raw.length() - 1) : raw;
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw PosProblem.invalid("The Idempotency-Key header must be 1 to 255 printable ASCII characters");
        }
        return new IdempotencyKey(key);
    }

    public String purchaseId(String tillId) {
        return derive("purchase:" + tillId + ":" + value);
    }

    public String refundId(String tillId) {
        return derive("refund:" + tillId + ":" + value);
    }

    public String depositId() {
        return derive("deposit:admin:" + value);
    }

    private static String derive(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
