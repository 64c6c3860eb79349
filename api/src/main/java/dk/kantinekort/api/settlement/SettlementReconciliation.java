package dk.kantinekort.api.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An imported settlement report matched against the ledger (amounts in øre). Every line of the report and every
 * provider payment of the ledger in the period is a row; only {@code MATCHED} rows agree. The fees the provider
 * withheld ({@code providerFees}) are shown apart from the fees the citizens paid ({@code citizenFees}).
 */
public record SettlementReconciliation(String reportId, String fileName, Instant importedAt, LocalDate from,
                                       LocalDate to, List<Row> rows, long gross, long providerFees, long net,
                                       long citizenFees, int matched, int unmatched) {

    /**
     * One row: the report's line (null fields when missing at the provider) and the ledger's payment (kind null
     * when missing in the ledger). {@code ledgerKind}: DEPOSIT, AUTO_TOP_UP, WEBSHOP or SUBSCRIPTION.
     * {@code resolution}: how staff settled a row that did not match (null: open).
     */
    public record Row(SettlementMatch match, Integer lineNumber, String payoutId, LocalDate transactionDate,
                      String paymentId, String chargeId, String type, Long providerGross, Long providerFee,
                      String ledgerKind, String accountId, Long ledgerAmount, Long citizenFee,
                      SettlementResolution resolution) {

        /** Whether staff still have to look at it: it does not match and nobody settled it. */
        public boolean open() {
            return match != SettlementMatch.MATCHED && resolution == null;
        }
    }
}
