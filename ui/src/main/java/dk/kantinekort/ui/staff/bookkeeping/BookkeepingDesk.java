package dk.kantinekort.ui.staff.bookkeeping;

import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.CloseBookkeepingMonth;
import dk.kantinekort.api.bookkeeping.FindBookkeepingReport;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/** What the Økonomi page asks and sends; no Vaadin here. */
class BookkeepingDesk {

    private static final Set<RejectionCode> WORDED = EnumSet.of(RejectionCode.MONTH_NOT_ENDED,
            RejectionCode.MONTH_ALREADY_CLOSED, RejectionCode.EARLIER_MONTH_OPEN);

    private final StaffQueries queries;
    private final StaffCommands commands;

    BookkeepingDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The month as one period; throws IllegalStateException when the read side is away. */
    BookkeepingReport month(YearMonth month) {
        return report(month, ReportGranularity.MONTH);
    }

    /** The month day by day. */
    BookkeepingReport days(YearMonth month) {
        return report(month, ReportGranularity.DAY);
    }

    private BookkeepingReport report(YearMonth month, ReportGranularity granularity) {
        return queries.one(new FindBookkeepingReport(month.atDay(1), month.atEndOfMonth(), granularity),
                BookkeepingReport.class).orElseThrow(() -> new IllegalStateException("No bookkeeping report"));
    }

    Outcome close(YearMonth month) {
        try {
            commands.send(CloseBookkeepingMonth.of(month.toString()));
            return Outcome.done("backoffice.bookkeeping.closed");
        } catch (RejectedException refusal) {
            RejectionCode code = RejectedException.rejectionOf(refusal).map(Rejection::code).orElse(null);
            return Outcome.refused(code != null && WORDED.contains(code)
                    ? "backoffice.bookkeeping.refused." + code.name() : "backoffice.refused.other");
        } catch (IllegalStateException unavailable) {
            return Outcome.refused("backoffice.unavailable");
        }
    }
}
