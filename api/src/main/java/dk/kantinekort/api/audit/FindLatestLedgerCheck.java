package dk.kantinekort.api.audit;

/** The result of the latest ledger check (on demand or nightly); null before the first. */
public record FindLatestLedgerCheck() {
}
