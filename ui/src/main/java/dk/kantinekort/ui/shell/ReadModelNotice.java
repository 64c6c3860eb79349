package dk.kantinekort.ui.shell;

import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether the read models are being rebuilt (F17), for the banner on every page. One answer serves the whole
 * application for a few seconds, so pages do not ask the query side on every request; an answer that does not
 * come (query side away, no handler) counts as "not rebuilding": no banner rather than a wrong one.
 */
@Component
public class ReadModelNotice {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    static final long TIMEOUT_MILLIS = 1_500;
    private static final Logger log = LoggerFactory.getLogger(ReadModelNotice.class);

    private record Answer(boolean rebuilding, Instant askedAt) {
    }

    private final QueryGateway queryGateway;
    private final Clock clock;
    private volatile Answer last;

    ReadModelNotice(QueryGateway queryGateway, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** True while a rebuild runs, as the query side said at most {@link #FRESH_FOR} ago. */
    public boolean rebuilding() {
        Instant now = clock.instant();
        Answer answer = last;
        if (answer == null || !now.isBefore(answer.askedAt().plus(FRESH_FOR))) {
            answer = new Answer(ask(), now);
            last = answer;
        }
        return answer.rebuilding();
    }

    /** Forgets the cached answer, e.g. right after an auditor started a rebuild. */
    public void forget() {
        last = null;
    }

    private boolean ask() {
        try {
            ReadModelStatus status = queryGateway.query(new FindReadModelStatus(),
                    ResponseTypes.instanceOf(ReadModelStatus.class)).get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return status != null && status.state() == ReadModelStatus.State.REBUILDING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.debug("Read-model status unavailable: {}", e.toString());
            return false;
        }
    }
}
