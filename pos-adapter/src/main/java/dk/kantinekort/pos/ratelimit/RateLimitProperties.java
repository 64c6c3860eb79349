package dk.kantinekort.pos.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of the till API under {@code canteen.rate-limits}. A till sells a few items a minute; the default is
 * far above that (and above what each of the benchmark's tills sends), and stops a runaway till or a stolen credential
 * from flooding the ledger.
 *
 * @param till requests per till credential ({@code canteen.rate-limits.till.requests}, {@code ….period})
 */
@ConfigurationProperties("canteen.rate-limits")
public record RateLimitProperties(@DefaultValue Till till) {

    /** Requests of one till credential: 200 a second unless configured. */
    public record Till(@DefaultValue("200") int requests, @DefaultValue("1s") Duration period) {

        public RateLimit limit() {
            return new RateLimit(requests, period);
        }
    }
}
