package dk.kantinekort.query.projection;

import static dk.kantinekort.query.projection.BatchedRowsProjection.PROCESSOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection lag (issue 16) is taken when the rows of an event's batch can be read, from the event's own
 * timestamp, once per event; a rebuild's replayed events are not lag.
 */
class ProjectionLagTest {

    static final int EVENTS = 250;

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** At each reading of the lag's clock: lags recorded so far, and rows readable in the store. */
    final List<long[]> readings = new CopyOnWriteArrayList<>();
    BatchedRowsProjection projection;
    Timer timer;

    @BeforeEach
    void start() {
        projection = new BatchedRowsProjection();
        Clock observing = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                readings.add(new long[] {timer.count(), projection.rows().countDocuments()});
                return Instant.now();
            }
        };
        ProjectionLag lag = ProjectionLag.of(registry, PROCESSOR, observing);
        timer = registry.get(ProjectionLag.METER).tag("processor", PROCESSOR).timer();
        projection.configure(new InMemoryTokenStore(), new FlushAtEndOfBatch(() -> { }, lag));
    }

    @AfterEach
    void stop() {
        projection.close();
    }

    @Test
    void everyEventsLagIsTakenOnceFromItsTimestampAfterItsRowCanBeRead() {
        startAndWaitUntilRunning();
        Instant before = Instant.now();
        publish(0);

        await().atMost(Duration.ofSeconds(20)).until(() -> timer.count() == EVENTS);
        Duration sinceFirstEvent = Duration.between(before, Instant.now());
        // the lags recorded by a reading are those counted by the next one: their rows were readable already
        for (int i = 0; i < readings.size(); i++) {
            long recordedByThisReading = i + 1 < readings.size() ? readings.get(i + 1)[0] : EVENTS;
            assertThat(readings.get(i)[1]).as("rows readable when the lag of events up to %d was taken",
                    recordedByThisReading).isGreaterThanOrEqualTo(recordedByThisReading);
        }
        assertThat(timer.max(TimeUnit.MILLISECONDS)).as("measured from the event's timestamp")
                .isGreaterThan(0).isLessThanOrEqualTo(sinceFirstEvent.toMillis() + 1);
    }

    @Test
    void eventsReplayedByARebuildAreNoLag() {
        startAndWaitUntilRunning();
        publish(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> timer.count() == EVENTS);
        TrackingEventProcessor processor = projection.processor();

        processor.shutDown();
        processor.resetTokens();
        processor.start();
        publish(EVENTS); // after the reset point: projected as new events

        // the token reaches the last event only after the lag of its batch was taken
        await().atMost(Duration.ofSeconds(20)).until(() -> processor.processingStatus().values().stream()
                .anyMatch(s -> s.getCurrentPosition().orElse(-1) >= 2L * EVENTS - 1));
        assertThat(projection.rows().countDocuments()).isEqualTo(2L * EVENTS);
        assertThat(timer.count()).as("the replayed events are not counted, the new ones are").isEqualTo(2L * EVENTS);
    }

    /** Events stored before a processor's first start are caught up with as a replay (Axon): no lag either. */
    private void startAndWaitUntilRunning() {
        projection.axon().start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !projection.processor().processingStatus().isEmpty());
    }

    private void publish(int from) {
        projection.publish(from, EVENTS);
    }
}
