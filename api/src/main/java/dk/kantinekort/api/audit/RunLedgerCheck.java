package dk.kantinekort.api.audit;

/**
 * Runs a ledger check now and answers its {@link LedgerCheckResult}. A query, not a command: it reads the event
 * store and the read models and changes neither (its result is kept as the latest check).
 */
public record RunLedgerCheck(String requestedBy) {
}
