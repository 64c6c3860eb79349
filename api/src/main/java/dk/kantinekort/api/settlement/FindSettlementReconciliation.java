package dk.kantinekort.api.settlement;

/** One imported report matched against the ledger; answered with a {@link SettlementReconciliation} or null. */
public record FindSettlementReconciliation(String reportId) {
}
