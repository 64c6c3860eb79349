package dk.kantinekort.command.webshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The canteens' calendar: "today" and the start of a day are Danish time, whatever zone the server runs in. */
public final class CanteenCalendar {

    /** Europe/Copenhagen. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CanteenCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant of a date in Copenhagen: when a delivery day's or a period's charge falls due. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /** "30-11-2026", as the portal and the guide write dates. */
    public static String danish(LocalDate date) {
        return DANISH_DATE.format(date);
    }

    /** A line may be cancelled until the day before its delivery date. */
    public static boolean stillCancellable(LocalDate deliveryDate, Clock clock) {
        return today(clock).isBefore(deliveryDate);
    }
}
