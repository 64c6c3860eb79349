package dk.kantinekort.ui.staff.audit;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How Revision writes times (to the second, Danish time) and amounts ("65,00 kr.", nothing for none). */
final class AuditFormat {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private AuditFormat() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TO_THE_SECOND.format(instant.atZone(StaffDates.ZONE));
    }

    static String money(Money amount) {
        return amount == null ? "" : DanishFormat.money(amount);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
