package dk.kantinekort.ui.citizen.statement;

import dk.kantinekort.api.statement.FindStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The whole days a Kontoudskrift covers, both included, as days in Copenhagen: a purchase at 23:30 on the end
 * date belongs to the period whatever the server's time zone.
 */
record StatementPeriod(LocalDate start, LocalDate end) {

    /** The canteens are in Denmark; "a day" is a Danish day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** "The last 30 days", today included. */
    static final int DEFAULT_DAYS = 30;
    /** At most a year (a leap year included) in one report: enough for a citizen, and the page stays light. */
    static final int MAX_DAYS = 366;

    StatementPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /** The default period: the 30 days up to and including today. */
    static StatementPeriod lastDaysUpTo(LocalDate today) {
        return new StatementPeriod(today.minusDays(DEFAULT_DAYS - 1L), today);
    }

    /** Whether a period from {@code start} to {@code end} (both included) is longer than {@link #MAX_DAYS}. */
    static boolean tooLong(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS;
    }

    /** The query for the period: from the start day's midnight to the midnight after the end day (exclusive). */
    FindStatement query(String accountId) {
        return new FindStatement(accountId, start.atStartOfDay(ZONE).toInstant(),
                end.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
