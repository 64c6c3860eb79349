package dk.kantinekort.api.bookkeeping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff close a month of the books (Økonomi): from then on its figures cannot change; an event stamped in it that
 * comes later is booked in the next open month and marked late. {@code month} is {@code yyyy-MM}.
 */
public record CloseBookkeepingMonth(@TargetAggregateIdentifier String ledgerId, String month) {

    /** The one bookkeeping calendar of the municipality. */
    public static final String LEDGER_ID = "bookkeeping";

    public static CloseBookkeepingMonth of(String month) {
        return new CloseBookkeepingMonth(LEDGER_ID, month);
    }
}
