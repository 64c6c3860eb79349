package dk.kantinekort.api.bookkeeping;

import java.time.LocalDate;

/**
 * The bookkeeping report (Økonomi) from {@code from} to {@code to} (both inclusive, Copenhagen dates), one period
 * per day or per month (then {@code from} and {@code to} are taken as their months). Answered with a
 * {@link BookkeepingReport}, derived from the events themselves.
 */
public record FindBookkeepingReport(LocalDate from, LocalDate to, ReportGranularity granularity) {
}
