package dk.kantinekort.api.bookkeeping;

import java.time.LocalDate;
import java.util.List;

/**
 * The books for a span of days or months, every figure folded from the events (amounts in øre). Each period
 * reconciles itself: opening liability + money in − money out must equal the closing liability, which is summed
 * independently from the balance every account's last event left ({@code closingByBalances}).
 */
public record BookkeepingReport(LocalDate from, LocalDate to, ReportGranularity granularity,
                                List<Period> periods, List<String> closedMonths) {

    /** One day or month. {@code closed}: its month is closed. {@code lateEvents}: events booked here late. */
    public record Period(LocalDate start, LocalDate end, boolean closed, long openingLiability, long moneyIn,
                         long moneyOut, long closingLiability, long closingByBalances, long difference,
                         boolean reconciled, int lateEvents, List<Figure> total, List<PlaceFigures> places) {
    }

    /** A line of the books with the account number of the municipality's chart of accounts (empty when unset). */
    public record Figure(BookkeepingLine line, long amount, String account, long late) {
    }

    /** The figures of one place (sales, refunds and webshop). */
    public record PlaceFigures(String placeId, String placeName, List<Figure> figures) {
    }

    /** Whether every period reconciles. */
    public boolean reconciled() {
        return periods.stream().allMatch(Period::reconciled);
    }
}
