package dk.kantinekort.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;

/**
 * The projection lag of one processor: for every event of a batch, the time from the event's timestamp (set when the
 * ledger decided it, before it was appended) until the batch's read-model writes were sent and checkpointed, i.e.
 * until its row can be read (issue 16: "event appended → row visible in the statement read model"). Recorded as
 * the timer {@value #METER} (tag {@code processor}) with a percentile histogram, so a benchmark can take the
 * difference of two scrapes and get exact counts per bucket over its own run. Events replayed by a rebuild (or
 * caught up with when a processor first starts, which Axon also treats as a replay) are not counted: their age is
 * the age of the store, not a lag.
 */
public final class ProjectionLag {

    public static final String METER = "canteen.projection.lag";

    /** Records nothing: when there is no meter registry. */
    public static final ProjectionLag NONE = new ProjectionLag(null, Clock.systemUTC());

    private final Timer timer;
    private final Clock clock;

    private ProjectionLag(Timer timer, Clock clock) {
        this.timer = timer;
        this.clock = clock;
    }

    public static ProjectionLag of(MeterRegistry registry, String processor, Clock clock) {
        return new ProjectionLag(Timer.builder(METER)
                .description("Event timestamp until its batch's read-model writes are visible and checkpointed")
                .tag("processor", processor)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry), clock);
    }

    /** The batch's events are visible now. */
    void visible(List<?> batch) {
        if (timer == null) {
            return;
        }
        Instant now = clock.instant();
        for (Object message : batch) {
            if (message instanceof EventMessage<?> event && !ReplayToken.isReplay(event)) {
                timer.record(Duration.between(event.getTimestamp(), now));
            }
        }
    }
}
