package dk.kantinekort.api.proof;

import java.time.Instant;

/** The chain entry a statement of an account ends with: the account's last event before {@code upTo} (exclusive). */
public record FindStatementProof(String accountId, Instant upTo) {
}
