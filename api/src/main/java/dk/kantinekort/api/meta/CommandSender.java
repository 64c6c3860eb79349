package dk.kantinekort.api.meta;

import dk.kantinekort.api.error.RejectedException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * The one way an adapter (portal, back office, till and admin API, payment flows) sends a command to the ledger:
 * with the {@link Metadata} of who acts ({@code actor}), through which {@link Metadata.Channel}, and a correlation
 * id (a fresh one unless the caller has one), so every event it causes says who, how and as part of what.
 */
public final class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = Objects.requireNonNull(commandGateway);
    }

    /** Sends without waiting, with a fresh correlation id; the future fails as the gateway's does. */
    public <R> CompletableFuture<R> send(Object command, String actor, Metadata.Channel channel) {
        return send(command, actor, channel, null);
    }

    /** Sends without waiting; {@code correlationId} null for a fresh one. */
    public <R> CompletableFuture<R> send(Object command, String actor, Metadata.Channel channel, String correlationId) {
        return send(command, Metadata.of(actor, channel, correlationId));
    }

    /** Sends with metadata made by {@link Metadata#of} (actor, channel, correlation id). */
    public <R> CompletableFuture<R> send(Object command, Map<String, String> metadata) {
        return commandGateway.send(command, MetaData.from(metadata));
    }

    /**
     * Sends and waits at most {@code patience} for the answer. A refusal arrives as {@link RejectedException};
     * anything else that goes wrong (no answer in time, the ledger unreachable) as an {@link IllegalStateException}.
     */
    public <R> R sendAndWait(Object command, String actor, Metadata.Channel channel, Duration patience) {
        return await(this.<R>send(command, actor, channel), patience);
    }

    /** Waits for a command's answer as {@link #sendAndWait} does. */
    public static <R> R await(CompletableFuture<R> answer, Duration patience) {
        try {
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the ledger", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            RejectedException.rejectionOf(cause).ifPresent(rejection -> {
                throw new RejectedException(rejection.code(), rejection.detail());
            });
            throw new IllegalStateException("The ledger did not accept the command", cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The ledger did not answer in time", e);
        }
    }
}
