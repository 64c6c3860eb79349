package dk.kantinekort.query.bookkeeping;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.bookkeeping.BookkeepingLine;
import dk.kantinekort.api.bookkeeping.BookkeepingMonthClosed;
import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Figure;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Period;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.PlaceFigures;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Folds the event history, in the store's order, into the books of a span of days or months. Each event is booked on
 * its Copenhagen date, unless its month was already closed when it was recorded: then it is booked on the first day
 * of the next open month and counted as late, so a closed month never changes. Beside the money lines it keeps, per
 * account, the balance the account's latest event left at the end of every period, and sums those into
 * {@code closingByBalances}: the independent figure the flows must reconcile with.
 */
final class BookkeepingFold {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final LocalDate from;
    private final LocalDate to;
    private final ReportGranularity granularity;
    private final Function<BookkeepingLine, String> accounts;
    private final List<LocalDate[]> periods = new ArrayList<>();
    private final List<Map<BookkeepingLine, long[]>> totals = new ArrayList<>();
    private final List<Map<String, Map<BookkeepingLine, long[]>>> places = new ArrayList<>();
    private final int[] lateEvents;
    private final long[] closingByBalances;
    private final Map<String, long[]> balanceAtEnd = new HashMap<>();
    private final Map<String, Long> lastBalance = new HashMap<>();
    private final Map<String, String> placeNames = new HashMap<>();
    private final List<String> closedMonths = new ArrayList<>();
    private YearMonth latestClosed;
    private long opening;

    BookkeepingFold(LocalDate from, LocalDate to, ReportGranularity granularity,
                    Function<BookkeepingLine, String> accounts) {
        this.granularity = granularity;
        this.accounts = accounts;
        LocalDate start = granularity == ReportGranularity.MONTH ? from.withDayOfMonth(1) : from;
        LocalDate last = granularity == ReportGranularity.MONTH ? YearMonth.from(to).atEndOfMonth() : to;
        this.from = start;
        this.to = last;
        for (LocalDate d = start; !d.isAfter(last); ) {
            LocalDate end = granularity == ReportGranularity.MONTH ? YearMonth.from(d).atEndOfMonth() : d;
            periods.add(new LocalDate[] {d, end});
            totals.add(new EnumMap<>(BookkeepingLine.class));
            places.add(new TreeMap<>());
            d = end.plusDays(1);
        }
        this.lateEvents = new int[periods.size()];
        this.closingByBalances = new long[periods.size()];
    }

    /** Takes the next event of the history. */
    void accept(Object payload, Instant timestamp) {
        if (payload instanceof BookkeepingMonthClosed closed) {
            latestClosed = YearMonth.parse(closed.month());
            closedMonths.add(closed.month());
            return;
        }
        if (payload instanceof PlaceRegistered p) {
            placeNames.put(p.placeId(), p.name());
            return;
        }
        if (payload instanceof PlaceRenamed p) {
            placeNames.put(p.placeId(), p.name());
            return;
        }
        LocalDate date = LocalDate.ofInstant(timestamp, COPENHAGEN);
        boolean late = latestClosed != null && !YearMonth.from(date).isAfter(latestClosed);
        if (late) {
            date = latestClosed.plusMonths(1).atDay(1);
        }
        long previous = 0;
        if (payload instanceof BalanceChanged changed) {
            previous = lastBalance.getOrDefault(changed.accountId(), 0L);
        }
        List<Booking> bookings = Booking.of(payload, previous);
        int period = periodOf(date);
        for (Booking booking : bookings) {
            if (period == BEFORE) {
                opening += booking.liabilityEffect();
            } else if (period >= 0) {
                add(totals.get(period), booking, late);
                if (booking.placeId() != null) {
                    add(places.get(period).computeIfAbsent(booking.placeId(), id -> new EnumMap<>(BookkeepingLine.class)),
                            booking, late);
                }
            }
        }
        if (late && period >= 0 && !bookings.isEmpty()) {
            lateEvents[period]++;
        }
        if (payload instanceof BalanceChanged changed) {
            long after = changed.balanceAfter().ore();
            lastBalance.put(changed.accountId(), after);
            remember(changed.accountId(), date, after);
        }
    }

    private static final int BEFORE = -1;
    private static final int AFTER = -2;

    private int periodOf(LocalDate date) {
        if (date.isBefore(from)) {
            return BEFORE;
        }
        if (date.isAfter(to)) {
            return AFTER;
        }
        for (int i = 0; i < periods.size(); i++) {
            if (!date.isAfter(periods.get(i)[1])) {
                return i;
            }
        }
        return AFTER;
    }

    /** The account's balance at the end of every period that ends on or after the event's booking date. */
    private void remember(String accountId, LocalDate date, long balance) {
        long[] atEnd = balanceAtEnd.computeIfAbsent(accountId, id -> new long[periods.size()]);
        for (int i = 0; i < periods.size(); i++) {
            if (!periods.get(i)[1].isBefore(date)) {
                closingByBalances[i] += balance - atEnd[i];
                atEnd[i] = balance;
            }
        }
    }

    private static void add(Map<BookkeepingLine, long[]> figures, Booking booking, boolean late) {
        long[] amountAndLate = figures.computeIfAbsent(booking.line(), line -> new long[2]);
        amountAndLate[0] += booking.amount();
        if (late) {
            amountAndLate[1] += booking.amount();
        }
    }

    /** The report of everything taken so far. */
    BookkeepingReport report() {
        List<Period> result = new ArrayList<>();
        long openingLiability = opening;
        for (int i = 0; i < periods.size(); i++) {
            Map<BookkeepingLine, long[]> figures = totals.get(i);
            long in = sum(figures, BookkeepingLine.Effect.IN);
            long out = sum(figures, BookkeepingLine.Effect.OUT);
            long closing = openingLiability + in - out;
            long byBalances = closingByBalances[i];
            List<PlaceFigures> placeFigures = new ArrayList<>();
            places.get(i).forEach((placeId, lines) -> placeFigures.add(
                    new PlaceFigures(placeId, placeNames.getOrDefault(placeId, placeId), figures(lines, false))));
            LocalDate start = periods.get(i)[0];
            boolean closed = latestClosed != null && !YearMonth.from(start).isAfter(latestClosed);
            result.add(new Period(start, periods.get(i)[1], closed, openingLiability, in, out, closing, byBalances,
                    byBalances - closing, byBalances == closing, lateEvents[i], figures(figures, true),
                    placeFigures));
            openingLiability = closing;
        }
        return new BookkeepingReport(from, to, granularity, result, List.copyOf(closedMonths));
    }

    /** Every line in the chart's order; {@code all} also lists the lines that are zero. */
    private List<Figure> figures(Map<BookkeepingLine, long[]> lines, boolean all) {
        List<Figure> figures = new ArrayList<>();
        for (BookkeepingLine line : BookkeepingLine.values()) {
            long[] amountAndLate = lines.get(line);
            if (amountAndLate != null || all) {
                figures.add(new Figure(line, amountAndLate == null ? 0 : amountAndLate[0], accounts.apply(line),
                        amountAndLate == null ? 0 : amountAndLate[1]));
            }
        }
        return figures;
    }

    private static long sum(Map<BookkeepingLine, long[]> figures, BookkeepingLine.Effect effect) {
        return figures.entrySet().stream().filter(e -> e.getKey().effect() == effect)
                .mapToLong(e -> e.getValue()[0]).sum();
    }
}
