package dk.kantinekort.query.bookkeeping;

import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.FindBookkeepingReport;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import dk.kantinekort.query.audit.EventHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the bookkeeping report (Økonomi) by folding the event store's history, as the ledger check does
 * (decision record 24): every figure comes from the events, none from a read model.
 */
@Component
class BookkeepingReports {

    /** At most a year of days or ten years of months in one report. */
    static final int MAX_DAYS = 366;
    static final int MAX_MONTHS = 120;

    private final EventHistory history;
    private final BookkeepingAccounts accounts;

    BookkeepingReports(EventHistory history, BookkeepingAccounts accounts) {
        this.history = history;
        this.accounts = accounts;
    }

    @QueryHandler
    BookkeepingReport handle(FindBookkeepingReport query) {
        LocalDate from = query.from();
        LocalDate to = query.to();
        ReportGranularity granularity = query.granularity() == null ? ReportGranularity.DAY : query.granularity();
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A report needs from <= to");
        }
        long span = granularity == ReportGranularity.DAY ? ChronoUnit.DAYS.between(from, to) + 1
                : ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        if (span > (granularity == ReportGranularity.DAY ? MAX_DAYS : MAX_MONTHS)) {
            throw new IllegalArgumentException("A report covers at most " + MAX_DAYS + " days or " + MAX_MONTHS
                    + " months");
        }
        BookkeepingFold fold = new BookkeepingFold(from, to, granularity, accounts);
        try (Stream<TrackedEventMessage<?>> events = history.upToHead()) {
            Iterator<TrackedEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                fold.accept(event.getPayload(), event.getTimestamp());
            }
        }
        return fold.report();
    }
}
