package dk.kantinekort.query.audit;

import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus.ProcessorProgress;
import dk.kantinekort.api.audit.ReadModelStatus.State;
import dk.kantinekort.api.audit.RebuildStarted;
import dk.kantinekort.api.audit.StartReadModelRebuild;
import dk.kantinekort.query.ProcessingGroups;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models by replaying the event store: each of the read side's tracking processors is shut down,
 * its token reset (its projections' reset handlers empty their collections) and started again. Queries keep being
 * answered meanwhile, from read models that fill up again; {@link FindReadModelStatus} says REBUILDING until every
 * processor has passed the point where it was reset, so the portal can say so. The status is this instance's: run a
 * rebuild where the processors' segments are claimed (one query-side instance, or the embedded default).
 * <p>
 * Starting it is an action, {@link StartReadModelRebuild}: a command answered at once, the reset running on a thread
 * of its own (never on a command-bus worker); {@link FindReadModelStatus} follows it (decision record 14).
 */
@Component
class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final EventStore eventStore;
    private final Clock clock;
    private volatile Rebuild latest;
    /** A plain thread, never interrupted (an interrupt during H2 file I/O can close the event store). */
    private final ExecutorService resetting = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuild(ObjectProvider<EventProcessingConfiguration> processing, EventStore eventStore,
                     ObjectProvider<Clock> clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Starts a rebuild unless one runs; the same id again (a command run again) answers as the first time. */
    @CommandHandler
    synchronized RebuildStarted handle(StartReadModelRebuild command) {
        Rebuild current = latest;
        if (current != null && current.id.equals(command.rebuildId())) {
            return new RebuildStarted(true, status());
        }
        ReadModelStatus now = status();
        if (now.state() == State.REBUILDING) {
            return new RebuildStarted(false, now);
        }
        Rebuild rebuild = new Rebuild(command.rebuildId(), command.requestedBy(), clock.instant());
        latest = rebuild;
        log.info("Read-model rebuild {} requested by {}: replaying {}", rebuild.id, rebuild.requestedBy,
                ProcessingGroups.ALL);
        resetting.execute(() -> reset(rebuild));
        return new RebuildStarted(true, status());
    }

    private void reset(Rebuild rebuild) {
        List<TrackingEventProcessor> processors = processors();
        try {
            processors.forEach(TrackingEventProcessor::shutDown);
            processors.forEach(TrackingEventProcessor::resetTokens);
        } catch (RuntimeException e) {
            rebuild.finishedAt = clock.instant();
            log.warn("Read-model rebuild {} could not reset the processors; they go on where they were",
                    rebuild.id, e);
        } finally {
            processors.forEach(TrackingEventProcessor::start);
            rebuild.reset = true;
        }
    }

    @PreDestroy
    void stop() {
        resetting.shutdown();
    }

    @QueryHandler
    ReadModelStatus handle(FindReadModelStatus query) {
        return status();
    }

    ReadModelStatus status() {
        TrackingToken headToken = eventStore.createHeadToken();
        Long head = headToken == null ? null : boxed(headToken.position());
        List<ProcessorProgress> progress = processors().stream().map(p -> progress(p, head)).toList();
        Rebuild rebuild = latest;
        boolean allDone = progress.stream().allMatch(ProcessorProgress::done);
        if (rebuild == null) {
            return new ReadModelStatus(State.READY, null, null, null, null, progress);
        }
        if (rebuild.finishedAt == null && rebuild.reset && allDone) {
            rebuild.finishedAt = clock.instant();
            log.info("Read-model rebuild {} done", rebuild.id);
        }
        State state = rebuild.finishedAt == null ? State.REBUILDING : State.READY;
        return new ReadModelStatus(state, rebuild.id, rebuild.requestedBy, rebuild.startedAt, rebuild.finishedAt,
                progress);
    }

    private static ProcessorProgress progress(TrackingEventProcessor processor, Long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Collection<EventTrackerStatus> status = segments.values();
        Long position = status.stream().map(s -> boxed(s.getCurrentPosition())).filter(p -> p != null)
                .min(Long::compare).orElse(null);
        boolean replaying = status.stream().anyMatch(EventTrackerStatus::isReplaying);
        // done: running, caught up, and past the point where the replay started (Axon calls it a replay until an
        // event after that point arrives)
        boolean done = processor.isRunning() && !status.isEmpty() && status.stream().allMatch(s -> s.isCaughtUp()
                && !s.isErrorState()
                && s.getCurrentPosition().orElse(-1) >= s.getResetPosition().orElse(-1));
        return new ProcessorProgress(processor.getName(), position, head, replaying, done);
    }

    private List<TrackingEventProcessor> processors() {
        EventProcessingConfiguration configuration = processing.getObject();
        return ProcessingGroups.ALL.stream()
                .map(name -> configuration.eventProcessor(name, TrackingEventProcessor.class)
                        .orElseThrow(() -> new IllegalStateException("No tracking processor " + name)))
                .toList();
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    /** One rebuild; finished when every processor was first seen done. */
    private static final class Rebuild {
        final String id;
        final String requestedBy;
        final Instant startedAt;
        volatile Instant finishedAt;
        /** Set once the processors were reset and started again: only then can they be done with the replay. */
        volatile boolean reset;

        Rebuild(String id, String requestedBy, Instant startedAt) {
            this.id = id;
            this.requestedBy = requestedBy;
            this.startedAt = startedAt;
        }
    }
}
