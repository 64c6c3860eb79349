package dk.kantinekort.pos.dispatch;

import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.pos.PosProperties;
import dk.kantinekort.pos.problem.PosProblem;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * How the API reaches the ledger: commands through the {@link CommandSender} (actor, channel and correlation id of
 * {@link #tillMetadata} or {@link #adminMetadata}), queries through Axon's gateway, both called on an own thread
 * pool, never on a Netty event loop.
 * <p>
 * Why: with a SimpleCommandBus the handler (aggregate load, event-store append, H2 file I/O) runs on the
 * calling thread; with an AsynchronousCommandBus it runs on the bus's threads. Calling the gateway from
 * {@code pos-dispatch-*} threads is right for both. Reactor's {@code subscribeOn(boundedElastic())} would
 * interrupt the worker when a client disconnects, and an interrupt during H2 file I/O can close the
 * database; here the client's cancel never reaches the future ({@code Mono.fromFuture(f, true)}) and
 * {@link CompletableFuture#cancel} would not interrupt anyway. A command, once handed over, runs to the end.
 * A full queue answers 503 at once instead of piling up latency.
 */
@Component
public class Ledger {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final CommandSender commands;
    private final QueryGateway queryGateway;
    private final ThreadPoolExecutor executor;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor streamExecutor;
    private final Scheduler streams;

    Ledger(CommandGateway commandGateway, QueryGateway queryGateway, PosProperties properties) {
        this.commands = new CommandSender(commandGateway);
        this.queryGateway = queryGateway;
        this.executor = new ThreadPoolExecutor(properties.dispatchThreads(), properties.dispatchThreads(),
                60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(properties.dispatchQueue()), threads(),
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        // Streamed answers (exports) read the event store as the client takes them: each request for more is a
        // short task here, so a slow client holds no thread. A plain executor never interrupts a running read.
        this.streamExecutor = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads("pos-stream-"));
        streamExecutor.allowCoreThreadTimeOut(true);
        this.streams = Schedulers.fromExecutor(streamExecutor, true);
    }

    /**
     * Sends a command unless one with the same {@code requestKey} is still in flight in this instance (then
     * 409 {@code IDEMPOTENCY_KEY_IN_USE}). The key is freed when the command has completed, before the
     * answer is emitted, so a retry after the answer never sees 409.
     */
    public <R> Mono<R> sendOnce(String requestKey, Object command, Map<String, String> metadata) {
        return Mono.defer(() -> {
            if (!inFlight.add(requestKey)) {
                return Mono.error(PosProblem.keyInUse());
            }
            CompletableFuture<R> result;
            try {
                result = this.<R>dispatch(command, metadata);
            } catch (RuntimeException e) {
                inFlight.remove(requestKey);
                return Mono.error(e);
            }
            return Mono.fromFuture(result.whenComplete((r, e) -> inFlight.remove(requestKey)), true);
        });
    }

    /** Sends a command that needs no in-flight guard (it is idempotent by itself, e.g. block a card). */
    public <R> Mono<R> send(Object command, Map<String, String> metadata) {
        return Mono.defer(() -> Mono.fromFuture(this.<R>dispatch(command, metadata), true));
    }

    /** Asks a query; an answer of {@code null} is an empty Mono. */
    public <R> Mono<R> query(Object query, ResponseType<R> responseType) {
        return Mono.defer(() -> Mono.fromFuture(CompletableFuture
                .supplyAsync(() -> queryGateway.query(query, responseType), executor)
                .thenCompose(Function.identity()), true));
    }

    /**
     * Asks a streaming query: the answers come as the subscriber asks for them, read on the stream threads (never on
     * a Netty event loop); cancelling stops the reading.
     */
    public <R> Flux<R> stream(Object query, Class<R> type) {
        return Flux.defer(() -> Flux.from(queryGateway.streamingQuery(query, type))).subscribeOn(streams);
    }

    /** Metadata for a command sent on behalf of a till. */
    public static Map<String, String> tillMetadata(String tillId, String correlationId) {
        return Metadata.of(Metadata.till(tillId), Metadata.Channel.TILL, correlationId);
    }

    /** Metadata for a command sent through the admin integration API by the named integration. */
    public static Map<String, String> adminMetadata(String integration, String correlationId) {
        return Metadata.of(Metadata.admin(integration), Metadata.Channel.ADMIN_API, correlationId);
    }

    private <R> CompletableFuture<R> dispatch(Object command, Map<String, String> metadata) {
        // supplyAsync throws RejectedExecutionException right here when the queue is full -> 503.
        return CompletableFuture
                .supplyAsync(() -> commands.<R>send(command, metadata), executor)
                .thenCompose(Function.identity());
    }

    /** Lets commands already handed over finish before the context (and the event store) goes away. */
    @PreDestroy
    void shutdown() throws InterruptedException {
        executor.shutdown();
        streamExecutor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("{} ledger requests still running at shutdown", executor.getActiveCount());
        }
    }

    private static ThreadFactory threads() {
        return threads("pos-dispatch-");
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
