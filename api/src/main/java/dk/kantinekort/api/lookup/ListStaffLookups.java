package dk.kantinekort.api.lookup;

import java.time.Instant;

/**
 * Staff look-ups recorded from {@code from} (inclusive) to {@code to} (exclusive), newest first, one page of
 * {@code size} (page 0 first). Answers a {@link StaffLookupPage}.
 */
public record ListStaffLookups(Instant from, Instant to, int page, int size) {

    public static final int MAX_SIZE = 500;
}
