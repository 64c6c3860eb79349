package dk.kantinekort.query.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.settlement.SettlementLine;
import dk.kantinekort.api.settlement.SettlementMatch;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReconciliation.Row;
import dk.kantinekort.api.settlement.SettlementReportImported;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementMatcherTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private static SettlementLine charge(int n, String paymentId, String chargeId, long gross, long fee) {
        return new SettlementLine(n, "PO-1", NOV_30, LocalDate.of(2026, 11, 10), paymentId, chargeId, "ref",
                SettlementLine.Type.CHARGE, "Visa", gross, fee, gross - fee);
    }

    private static ProviderPayment ledger(String kind, String paymentId, String chargeId, long amount, long fee,
                                          LocalDate date) {
        return new ProviderPayment(kind, paymentId, chargeId, "acc-1", date, amount, fee);
    }

    private final List<ProviderPayment> ledger = List.of(
            ledger("DEPOSIT", "pay-1", null, 20_350, 350, LocalDate.of(2026, 11, 10)),
            ledger("WEBSHOP", "pay-2", "ch-2", 3_644, 144, LocalDate.of(2026, 11, 11)),
            ledger("AUTO_TOP_UP", "pay-3", null, 10_225, 225, LocalDate.of(2026, 11, 12)),
            ledger("SUBSCRIPTION", "pay-4", "ch-4", 4_556, 56, LocalDate.of(2026, 11, 13)),
            ledger("DEPOSIT", "pay-5", null, 5_000, 0, LocalDate.of(2026, 12, 2)));

    private SettlementReconciliation reconcile(SettlementLine... lines) {
        return SettlementMatcher.match(new SettlementReportImported("r1", "nets.csv", NOV_1, NOV_30, List.of(lines)),
                Instant.parse("2026-12-03T10:00:00Z"), ledger);
    }

    @Test
    void aLineWithTheLedgersAmountIsMatchedByPaymentOrChargeId() {
        SettlementReconciliation result = reconcile(charge(1, "pay-1", "x", 20_350, 153),
                charge(2, "other-payment", "ch-2", 3_644, 27));

        assertThat(result.rows()).filteredOn(r -> r.lineNumber() != null).extracting(Row::match, Row::ledgerKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SettlementMatch.MATCHED, "DEPOSIT"),
                        org.assertj.core.groups.Tuple.tuple(SettlementMatch.MATCHED, "WEBSHOP"));
    }

    @Test
    void aLineWithAnotherAmountThanTheLedgersDiffers() {
        SettlementReconciliation result = reconcile(charge(1, "pay-1", null, 20_000, 150));

        assertThat(result.rows().get(0).match()).isEqualTo(SettlementMatch.AMOUNT_DIFFERS);
        assertThat(result.rows().get(0).ledgerAmount()).isEqualTo(20_350);
    }

    @Test
    void aLineTheLedgerDoesNotKnowIsMissingInTheLedger() {
        SettlementReconciliation result = reconcile(charge(1, "pay-unknown", null, 1_000, 8));

        assertThat(result.rows().get(0).match()).isEqualTo(SettlementMatch.MISSING_IN_LEDGER);
    }

    @Test
    void aLedgerPaymentOfThePeriodNoLineMatchedIsMissingAtTheProvider() {
        SettlementReconciliation result = reconcile(charge(1, "pay-1", null, 20_350, 153));

        assertThat(result.rows()).filteredOn(r -> r.match() == SettlementMatch.MISSING_AT_PROVIDER)
                .extracting(Row::paymentId).containsExactly("pay-2", "pay-3", "pay-4");
        assertThat(result.unmatched()).isEqualTo(3);
    }

    @Test
    void aChargeIsMatchedOnceThoughTheProviderListsItTwice() {
        SettlementReconciliation result = reconcile(charge(1, "pay-1", null, 20_350, 153),
                charge(2, "pay-1", null, 20_350, 153));

        assertThat(result.rows().get(1).match()).isEqualTo(SettlementMatch.MISSING_IN_LEDGER);
    }

    @Test
    void theProvidersFeesAreShownApartFromTheFeesCitizensPaid() {
        SettlementReconciliation result = reconcile(charge(1, "pay-1", null, 20_350, 153),
                charge(2, "pay-3", null, 10_225, 77));

        assertThat(result.providerFees()).isEqualTo(230);
        assertThat(result.citizenFees()).isEqualTo(575);
        assertThat(result.gross()).isEqualTo(30_575);
        assertThat(result.net()).isEqualTo(30_345);
    }

    @Test
    void aRefundLineIsNeverSilentlyTakenAsAMatch() {
        SettlementReconciliation result = reconcile(new SettlementLine(1, "PO-1", NOV_30, LocalDate.of(2026, 11, 10),
                "pay-1", null, "ref", SettlementLine.Type.REFUND, "Visa", -1_000, 0, -1_000));

        assertThat(result.rows().get(0).match()).isEqualTo(SettlementMatch.MISSING_IN_LEDGER);
    }

    @Test
    void aRowStaffSettledIsNoLongerOpen() {
        SettlementReconciliation result = SettlementMatcher.match(new SettlementReportImported("r1", "nets.csv", NOV_1,
                        NOV_30, List.of(charge(1, "pay-unknown", null, 1_000, 8))), Instant.parse("2026-12-03T10:00:00Z"),
                ledger, java.util.Map.of(SettlementMatcher.key(1, "pay-unknown"),
                        dk.kantinekort.api.settlement.SettlementResolution.PROVIDER_CONTACTED,
                        SettlementMatcher.key(null, "pay-2"), dk.kantinekort.api.settlement.SettlementResolution.OTHER_PERIOD));

        assertThat(result.rows().get(0).resolution())
                .isEqualTo(dk.kantinekort.api.settlement.SettlementResolution.PROVIDER_CONTACTED);
        assertThat(result.rows()).filteredOn(Row::open).extracting(Row::paymentId).containsExactly("pay-1", "pay-3",
                "pay-4");
        assertThat(result.unmatched()).isEqualTo(3);
    }
}
