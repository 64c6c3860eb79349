package dk.kantinekort.command.bookkeeping;

import static dk.kantinekort.api.error.RejectionCode.EARLIER_MONTH_OPEN;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.MONTH_ALREADY_CLOSED;
import static dk.kantinekort.api.error.RejectionCode.MONTH_NOT_ENDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.bookkeeping.BookkeepingMonthClosed;
import dk.kantinekort.api.bookkeeping.CloseBookkeepingMonth;
import dk.kantinekort.api.error.RejectedException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The municipality's bookkeeping calendar (Økonomi): which months of the books are closed. A month is closed once it
 * has ended (Copenhagen time), never twice, and in order: after the first closed month, each next month only.
 */
@Aggregate
public class BookkeepingCalendar {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @AggregateIdentifier
    private String ledgerId;
    private YearMonth latestClosed;

    protected BookkeepingCalendar() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CloseBookkeepingMonth command, Clock clock) {
        YearMonth month = month(command.month());
        if (!month.isBefore(YearMonth.now(clock.withZone(COPENHAGEN)))) {
            throw new RejectedException(MONTH_NOT_ENDED, "The month " + month + " has not ended yet");
        }
        if (latestClosed != null && !month.isAfter(latestClosed)) {
            throw new RejectedException(MONTH_ALREADY_CLOSED, "The month " + month + " is closed already");
        }
        if (latestClosed != null && !month.equals(latestClosed.plusMonths(1))) {
            throw new RejectedException(EARLIER_MONTH_OPEN, "Close " + latestClosed.plusMonths(1) + " first");
        }
        apply(new BookkeepingMonthClosed(command.ledgerId(), month.toString()));
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new RejectedException(INVALID_REQUEST, "A month is written yyyy-MM, e.g. 2026-11");
        }
    }

    @EventSourcingHandler
    void on(BookkeepingMonthClosed event) {
        this.ledgerId = event.ledgerId();
        this.latestClosed = YearMonth.parse(event.month());
    }
}
