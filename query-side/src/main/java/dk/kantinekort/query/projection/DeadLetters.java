package dk.kantinekort.query.projection;

import dk.kantinekort.api.deadletter.DeadLetterView;
import dk.kantinekort.api.deadletter.ListDeadLetters;
import dk.kantinekort.api.deadletter.RetryDeadLetters;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.query.ProcessingGroups;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The projections' dead letters for the back office: lists them ({@link ListDeadLetters}) and runs one aggregate's
 * parked events again ({@link RetryDeadLetters}) on a thread of its own, never on a command-bus worker.
 */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final ExecutorService retries = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dead-letter-retries");
        thread.setDaemon(true);
        return thread;
    });

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @QueryHandler
    List<DeadLetterView> handle(ListDeadLetters query) {
        List<DeadLetterView> views = new ArrayList<>();
        for (String processor : ProcessingGroups.ALL) {
            processing.deadLetterQueue(processor).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        views.add(view(processor, letter));
                    }
                }
            });
        }
        return views;
    }

    @CommandHandler
    void handle(RetryDeadLetters command) {
        if (!ProcessingGroups.ALL.contains(command.processor()) || command.sequence() == null) {
            throw new RejectedException(RejectionCode.INVALID_REQUEST, "No such projection: " + command.processor());
        }
        log.info("{} retries the dead letters of {} in {}", command.requestedBy(), command.sequence(),
                command.processor());
        retries.execute(() -> processing.sequencedDeadLetterProcessor(command.processor()).ifPresent(processor -> {
            boolean done = processor.process(letter -> command.sequence().equals(sequenceOf(letter.message())));
            log.info("Dead letters of {} in {}: {}", command.sequence(), command.processor(),
                    done ? "handled" : "still failing, kept");
        }));
    }

    @PreDestroy
    void stop() {
        retries.shutdown();
    }

    private static DeadLetterView view(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        return new DeadLetterView(processor, sequenceOf(event), event.getPayloadType().getSimpleName(),
                event instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1,
                letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    /** The aggregate the event belongs to (the account for an account's events): the dead-letter sequence. */
    static String sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : event.getIdentifier();
    }
}
