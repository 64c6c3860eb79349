package dk.kantinekort.ui.ratelimit;

import java.time.Duration;

/**
 * At most {@code requests} in each {@code period}; {@code requests = 0} switches the limit off.
 *
 * @param requests requests allowed per period
 * @param period   length of a period
 */
public record RateLimit(int requests, Duration period) {

    public RateLimit {
        if (requests < 0 || period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs requests >= 0 and a positive period");
        }
    }

    boolean enabled() {
        return requests > 0;
    }
}
