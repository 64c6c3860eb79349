package dk.kantinekort.ui.ratelimit;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of the portal per source address (issue 15, 3), under {@code canteen.rate-limits}: the payment provider's
 * webhooks ({@code POST /psp/webhooks}, 429 with Retry-After) and link requests (Tilføj konto, told next to the
 * button). The source address is the client's, or behind a trusted proxy the one it forwards
 * ({@code server.tomcat.remoteip.internal-proxies}). Defaults are far above honest use (a provider's retries, a
 * school's shared address) and stop floods and guessing. The ledger's own throttle of wrong card numbers
 * ({@code TOO_MANY_ATTEMPTS}) stays.
 */
@ConfigurationProperties("canteen.rate-limits")
public class PortalRateLimits {

    private final KeyedRateLimiter webhooks;
    private final KeyedRateLimiter linkRequests;

    public PortalRateLimits(@DefaultValue Limit pspWebhook, @DefaultValue Limit linkRequests) {
        this.webhooks = new KeyedRateLimiter("psp-webhook", pspWebhook.orDefault(600, Duration.ofMinutes(1)));
        this.linkRequests = new KeyedRateLimiter("link-requests", linkRequests.orDefault(30, Duration.ofMinutes(10)));
    }

    /** Empty when this address may post another webhook now; else how long it must wait. */
    public Optional<Duration> webhook(String sourceAddress) {
        return webhooks.acquire(String.valueOf(sourceAddress));
    }

    /** Empty when this address may ask for another link now; else how long it must wait. */
    public Optional<Duration> linkRequest(String sourceAddress) {
        return linkRequests.acquire(String.valueOf(sourceAddress));
    }

    /** One limit as configured; unset parts take the default. */
    public record Limit(Integer requests, Duration period) {

        RateLimit orDefault(int defaultRequests, Duration defaultPeriod) {
            return new RateLimit(requests == null ? defaultRequests : requests, period == null ? defaultPeriod : period);
        }
    }
}
