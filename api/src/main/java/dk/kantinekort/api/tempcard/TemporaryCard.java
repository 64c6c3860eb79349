package dk.kantinekort.api.tempcard;

import java.time.Instant;

/** A live temporary card as the portal shows it: the code to scan or type, and until when it works. */
public record TemporaryCard(String accountId, String code, Instant expiresAt) {
}
