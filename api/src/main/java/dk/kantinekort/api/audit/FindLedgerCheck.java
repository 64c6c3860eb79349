package dk.kantinekort.api.audit;

/**
 * The result of the ledger check started with {@link RunLedgerCheck} under this id, answered when the check has
 * finished; null when the query-side instance asked knows no such check. Changes nothing.
 */
public record FindLedgerCheck(String checkId) {
}
