package dk.kantinekort.api.bookkeeping;

import org.axonframework.serialization.Revision;

/**
 * A month of the books was closed (staff action; who and when are in the event's metadata and timestamp). Its
 * figures are final: events stamped in it that are recorded after this one are booked in the next open month.
 */
@Revision("1")
public record BookkeepingMonthClosed(String ledgerId, String month) {
}
