package dk.kantinekort.api.settlement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff mark a row of an imported settlement report that did not match as settled, with how. A row is a line of
 * the report ({@code lineNumber}) or, for a payment missing at the provider, the ledger's payment
 * ({@code lineNumber} null). Settling books nothing.
 */
public record ResolveSettlementRow(@TargetAggregateIdentifier String reportId, String paymentId, Integer lineNumber,
                                   SettlementResolution resolution) {
}
