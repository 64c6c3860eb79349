package dk.kantinekort.ui.citizen.webshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The webshop's dates: "today" in Danish time from the injected clock, and dd-MM-yyyy as the guide writes them. */
final class WebshopDates {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private WebshopDates() {
    }

    /** Today in Copenhagen: a line may be cancelled while today is before its delivery date. */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(COPENHAGEN));
    }

    static String dates(List<LocalDate> dates) {
        return dates.stream().map(WebshopDates::date).collect(Collectors.joining(", "));
    }
}
