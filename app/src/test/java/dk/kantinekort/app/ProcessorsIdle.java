package dk.kantinekort.app;

import org.awaitility.Awaitility;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Waits until the app has nothing left to do with its events: every streaming processor (projections, sagas,
 * process managers) has handled every event up to the head of the event store, and that stays so for a moment (a
 * handler that sends a command makes new events). A "nothing happened" assertion after an asynchronous flow is
 * honest only after this: before it, "nothing" may simply be "not yet".
 */
public final class ProcessorsIdle {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofMillis(700);

    private ProcessorsIdle() {
    }

    /** Returns once every processor has caught up with the head of the event store and stayed there a moment. */
    public static void await(RunningKantinekort app) {
        EventStore store = app.core().getBean(EventStore.class);
        EventProcessingConfiguration processing = app.core().getBean(EventProcessingConfiguration.class);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).during(QUIET)
                .until(() -> caughtUp(store, processing));
    }

    private static boolean caughtUp(EventStore store, EventProcessingConfiguration processing) {
        long head = position(store.createHeadToken());
        boolean all = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(status -> atOrPast(status, head)));
        return all && head == position(store.createHeadToken());
    }

    private static boolean atOrPast(EventTrackerStatus status, long head) {
        if (status.isErrorState()) {
            return false;
        }
        OptionalLong position = status.getCurrentPosition();
        return head < 0 || position.isPresent() && position.getAsLong() >= head;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** The balance the account's last money event in the ledger states (what the aggregate holds). */
    public static Money ledgerBalance(RunningKantinekort app, String accountId) {
        return app.core().getBean(EventStore.class).readEvents(accountId).asStream()
                .map(event -> event.getPayload()).filter(BalanceChanged.class::isInstance)
                .map(BalanceChanged.class::cast).reduce((first, second) -> second)
                .map(BalanceChanged::balanceAfter).orElse(Money.ZERO);
    }

    /** How many events of a type the account has. */
    public static long countOf(RunningKantinekort app, String accountId, Class<?> eventType) {
        return app.core().getBean(EventStore.class).readEvents(accountId).asStream()
                .filter(event -> eventType.isInstance(event.getPayload())).count();
    }
}
