package dk.kantinekort.embedded.psp;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The provider's settlement (payout details) report for a span of days, as the merchant downloads it from the Nets
 * Easy portal: one line per charge and per refund with the payout it was paid out in, the gross amount, the fee the
 * provider withheld and the net amount, semicolon-separated with decimal point amounts in kroner. The simulator
 * withholds {@link #FEE_BASIS_POINTS} of every charge; refunds carry no fee.
 */
final class SettlementReport {

    static final String HEADER = "PayoutId;PayoutDate;TransactionDate;PaymentId;ChargeId;OrderReference;"
            + "TransactionType;PaymentMethod;Currency;GrossAmount;Fee;NetAmount";
    /** 0,75 % of each charge, rounded to whole øre. */
    static final long FEE_BASIS_POINTS = 75;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private record Line(LocalDate date, String text) {
    }

    private SettlementReport() {
    }

    /** Every charge and refund made from {@code from} to {@code to} (Copenhagen dates, inclusive). */
    static String csv(Collection<SimulatedPayment> payments, LocalDate from, LocalDate to) {
        List<Line> lines = new ArrayList<>();
        for (SimulatedPayment payment : payments) {
            for (SimulatedCharge charge : payment.charges) {
                LocalDate date = date(charge.created);
                if (inside(date, from, to) && charge.amount > 0) {
                    long fee = fee(charge.amount);
                    lines.add(new Line(date, line(date, payment, charge.chargeId, "Charge", charge.amount, fee)));
                }
                for (SimulatedCharge.Refund refund : charge.refunds) {
                    LocalDate refunded = date(refund.created);
                    if (inside(refunded, from, to)) {
                        lines.add(new Line(refunded, line(refunded, payment, charge.chargeId, "Refund",
                                -refund.amount, 0)));
                    }
                }
            }
        }
        lines.sort(Comparator.comparing(Line::date));
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        lines.forEach(line -> csv.append(line.text()).append("\r\n"));
        return csv.toString();
    }

    static long fee(long gross) {
        return (gross * FEE_BASIS_POINTS + 5_000) / 10_000;
    }

    private static String line(LocalDate date, SimulatedPayment payment, String chargeId, String type, long gross,
                               long fee) {
        LocalDate payoutDate = payoutDate(date);
        return String.join(";", "PO-" + payoutDate.toString().replace("-", ""), payoutDate.toString(),
                date.toString(), payment.paymentId, chargeId, clean(payment.reference), type,
                payment.paymentMethod == null ? "Card" : clean(payment.paymentMethod), "DKK", kroner(gross),
                kroner(fee), kroner(gross - fee));
    }

    /** Paid out two banking days later (weekends skipped). */
    static LocalDate payoutDate(LocalDate date) {
        LocalDate payout = date;
        int days = 0;
        while (days < 2) {
            payout = payout.plusDays(1);
            if (payout.getDayOfWeek() != DayOfWeek.SATURDAY && payout.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return payout;
    }

    private static boolean inside(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static LocalDate date(String created) {
        return created == null ? null : LocalDate.ofInstant(Instant.parse(created), COPENHAGEN);
    }

    private static String kroner(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace(';', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
