package dk.kantinekort.api.settlement;

import java.time.Instant;
import java.time.LocalDate;

/** An imported settlement report in the list: when, which file and days, and how many rows do not match. */
public record SettlementReportSummary(String reportId, String fileName, Instant importedAt, LocalDate from,
                                      LocalDate to, int lines, int unmatched) {
}
