package dk.kantinekort.ui.citizen.relation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** When a link was requested, as the portal writes dates: dd-MM-yyyy in Danish time. */
final class RequestDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private RequestDates() {
    }

    static String format(Instant at) {
        return at == null ? "" : DATE.format(at);
    }
}
