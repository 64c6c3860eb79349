package dk.kantinekort.api.audit;

import java.time.Instant;

/** The balance of an account as of an instant, folded from its events; answers {@link BalanceAt} or null. */
public record FindBalanceAt(String accountId, Instant at) {
}
