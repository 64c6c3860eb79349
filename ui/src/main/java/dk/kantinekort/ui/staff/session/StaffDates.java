package dk.kantinekort.ui.staff.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times in the back office, the Danish way and in Danish time: "05-07-2016 14:03". */
public final class StaffDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private StaffDates() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }
}
