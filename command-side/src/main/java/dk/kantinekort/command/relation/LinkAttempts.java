package dk.kantinekort.command.relation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Link requests with a wrong card number, per requester (anti-enumeration, F3): after a few in a short
 * window further requests are refused for a while. Recorded in the transaction of the request they belong to.
 */
@Component
class LinkAttempts {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LinkAttempts(JdbcTemplate jdbc,
                 @Value("${canteen.links.max-wrong-card-numbers:5}") int maxFailures,
                 @Value("${canteen.links.wrong-card-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean throttled(String requesterId) {
        Integer failures = jdbc.queryForObject(
                "SELECT COUNT(*) FROM link_attempts WHERE requester_id = ? AND attempted_at > ?", Integer.class,
                requesterId, java.sql.Timestamp.from(clock.instant().minus(window)));
        return failures != null && failures >= maxFailures;
    }

    void recordWrongCardNumber(String requesterId) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO link_attempts (requester_id, attempted_at) VALUES (?, ?)", requesterId,
                java.sql.Timestamp.from(now));
        jdbc.update("DELETE FROM link_attempts WHERE attempted_at < ?",
                java.sql.Timestamp.from(now.minus(window.multipliedBy(4))));
    }
}
