package dk.kantinekort.query.settlement;

import dk.kantinekort.api.settlement.SettlementLine;
import dk.kantinekort.api.settlement.SettlementMatch;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReconciliation.Row;
import dk.kantinekort.api.settlement.SettlementReportImported;
import dk.kantinekort.api.settlement.SettlementResolution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the lines of an imported settlement report with the ledger's provider payments. A charge line matches the
 * ledger's payment with its charge id, else its payment id; it agrees when the provider's gross amount is what the
 * ledger charged. A refund line matches the ledger only when the ledger knows a refund of that charge, which it does
 * not book today: it is listed as missing in the ledger for staff to look into. Ledger payments of the period no
 * line matched are missing at the provider. Nothing is booked; this only compares.
 */
final class SettlementMatcher {

    private SettlementMatcher() {
    }

    static SettlementReconciliation match(SettlementReportImported report, Instant importedAt,
                                          Collection<ProviderPayment> ledger) {
        return match(report, importedAt, ledger, Map.of());
    }

    /** {@code resolutions}: how staff settled rows, by {@link #key}. */
    static SettlementReconciliation match(SettlementReportImported report, Instant importedAt,
                                          Collection<ProviderPayment> ledger,
                                          Map<String, SettlementResolution> resolutions) {
        Map<String, ProviderPayment> byCharge = new HashMap<>();
        Map<String, ProviderPayment> byPayment = new HashMap<>();
        for (ProviderPayment payment : ledger) {
            if (payment.chargeId() != null) {
                byCharge.put(payment.chargeId(), payment);
            }
            byPayment.putIfAbsent(payment.paymentId(), payment);
        }
        Set<ProviderPayment> used = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        long gross = 0;
        long providerFees = 0;
        long net = 0;
        long citizenFees = 0;
        for (SettlementLine line : report.lines()) {
            gross += line.gross();
            providerFees += line.providerFee();
            net += line.net();
            ProviderPayment payment = null;
            if (line.type() == SettlementLine.Type.CHARGE) {
                payment = line.chargeId() == null ? null : byCharge.get(line.chargeId());
                if (payment == null) {
                    payment = byPayment.get(line.paymentId());
                }
                if (payment != null && used.contains(payment)) {
                    payment = null;
                }
            }
            SettlementMatch match;
            if (payment == null) {
                match = SettlementMatch.MISSING_IN_LEDGER;
            } else {
                used.add(payment);
                citizenFees += payment.citizenFee();
                match = payment.amount() == line.gross() ? SettlementMatch.MATCHED : SettlementMatch.AMOUNT_DIFFERS;
            }
            rows.add(new Row(match, line.lineNumber(), line.payoutId(), line.transactionDate(), line.paymentId(),
                    line.chargeId(), line.type().name(), line.gross(), line.providerFee(),
                    payment == null ? null : payment.kind(), payment == null ? null : payment.accountId(),
                    payment == null ? null : payment.amount(), payment == null ? null : payment.citizenFee(),
                    match == SettlementMatch.MATCHED ? null : resolutions.get(key(line.lineNumber(), line.paymentId()))));
        }
        for (ProviderPayment payment : ledger) {
            if (!used.contains(payment) && !payment.date().isBefore(report.from())
                    && !payment.date().isAfter(report.to())) {
                rows.add(new Row(SettlementMatch.MISSING_AT_PROVIDER, null, null, payment.date(),
                        payment.paymentId(), payment.chargeId(), null, null, null, payment.kind(),
                        payment.accountId(), payment.amount(), payment.citizenFee(),
                        resolutions.get(key(null, payment.paymentId()))));
            }
        }
        int matched = (int) rows.stream().filter(r -> r.match() == SettlementMatch.MATCHED).count();
        int open = (int) rows.stream().filter(Row::open).count();
        return new SettlementReconciliation(report.reportId(), report.fileName(), importedAt, report.from(),
                report.to(), List.copyOf(rows), gross, providerFees, net, citizenFees, matched, open);
    }

    /** A row's key for its resolution: its line number, or the ledger's payment the provider did not list. */
    static String key(Integer lineNumber, String paymentId) {
        return lineNumber != null ? "line:" + lineNumber : "payment:" + paymentId;
    }
}
