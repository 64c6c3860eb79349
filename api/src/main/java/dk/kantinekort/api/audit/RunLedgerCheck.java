package dk.kantinekort.api.audit;

import org.axonframework.commandhandling.RoutingKey;

/**
 * Starts a ledger check now, under the id the sender chose; answered at once (nothing), the check runs on the query
 * side's own thread. Its {@link LedgerCheckResult} (with this {@code checkId}) is asked with {@link FindLedgerCheck}.
 * A command, because it is an action (decision record 14); the same id again starts nothing more.
 */
public record RunLedgerCheck(@RoutingKey String checkId, String requestedBy) {
}
