package dk.kantinekort.api.settlement;

import org.axonframework.serialization.Revision;

/**
 * Staff settled a row of an imported settlement report that did not match (who and when in the metadata): the
 * report's line {@code lineNumber}, or the ledger's payment {@code paymentId} the provider did not list
 * ({@code lineNumber} null), and how ({@code resolution}, a code). Nothing is booked by it.
 */
@Revision("1")
public record SettlementRowResolved(String reportId, String paymentId, Integer lineNumber,
                                    SettlementResolution resolution) {
}
