package dk.kantinekort.ui.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code requests} per {@code period} for each key (a source address), one resilience4j limiter per
 * key. The keys live in a bounded cache that forgets a key idle for a few periods, so a flood of new keys cannot fill
 * the memory; a forgotten key starts with a full allowance, which is no more than a new key gets.
 */
public final class KeyedRateLimiter {

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, AtomicRateLimiter> limiters;

    public KeyedRateLimiter(String name, RateLimit limit) {
        this.name = name;
        this.config = limit.enabled() ? RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build() : null;
        this.limiters = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(limit.period().multipliedBy(4))
                .build();
    }

    /** Empty when the request may go on; otherwise how long the caller should wait before trying again. */
    public Optional<Duration> acquire(String key) {
        if (config == null) {
            return Optional.empty();
        }
        AtomicRateLimiter limiter = limiters.get(key, k -> new AtomicRateLimiter(name, config));
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(0, limiter.getDetailedMetrics().getNanosToWait())));
    }

    /** Whole seconds for a {@code Retry-After} header: at least one. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
