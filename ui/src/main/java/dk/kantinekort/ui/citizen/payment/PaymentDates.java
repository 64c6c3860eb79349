package dk.kantinekort.ui.citizen.payment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times on the payment pages, the Danish way and in Danish time: "05-07-2016 14:03". */
final class PaymentDates {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private PaymentDates() {
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }
}
