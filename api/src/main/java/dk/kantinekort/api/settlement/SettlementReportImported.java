package dk.kantinekort.api.settlement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Staff imported the provider's settlement report for the days {@code from}-{@code to}: its lines as the provider
 * wrote them (no personal data: ids, amounts, the brand of the card). Nothing is booked by it; the read side
 * matches the lines with the ledger's deposits, top-ups and charges and shows what does not match.
 */
@Revision("1")
public record SettlementReportImported(String reportId, String fileName, LocalDate from, LocalDate to,
                                       List<SettlementLine> lines) {
}
