package dk.kantinekort.query.proof;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/** One link of an account's chain as kept: position, hash (hex), code, when, and the balance it left. */
record ChainEntry(String accountId, long position, String hash, String code, Instant at, Money balanceAfter) {

    static ChainEntry of(StoredEvent event, byte[] hash, Instant at, Money balanceAfter) {
        return new ChainEntry(event.aggregateId(), event.sequenceNumber(), ChainLink.hex(hash), ChainCode.of(hash),
                at, balanceAfter);
    }
}
