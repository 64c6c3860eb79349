package dk.kantinekort.api.proof;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/**
 * Where a statement ends in its account's hash chain: the position (the event's sequence number), the chain hash
 * there (hex), the short verification code derived from it, when that event happened and the balance it left
 * ({@code null} when no money had moved yet).
 */
public record StatementProof(String accountId, long position, String hash, String code, Instant at,
                             Money balanceAfter) {
}
