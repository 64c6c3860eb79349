package dk.kantinekort.api.settlement;

/** The imported settlement reports, newest first; answered with {@link SettlementReportSummary}s. */
public record ListSettlementReports() {
}
