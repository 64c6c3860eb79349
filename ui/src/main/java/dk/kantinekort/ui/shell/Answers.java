package dk.kantinekort.ui.shell;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for an answer from the query side the way every portal page does: at most a few seconds, and an
 * {@link IllegalStateException} ("try again") when it does not come, fails or the wait is interrupted.
 */
public final class Answers {

    /** How long a page waits for a read. */
    public static final Duration PATIENCE = Duration.ofSeconds(5);

    private Answers() {
    }

    /** The answer within {@link #PATIENCE}; {@code what} names what was read, for the log. */
    public static <R> R await(CompletableFuture<R> answer, String what) {
        return await(answer, PATIENCE, what);
    }

    public static <R> R await(CompletableFuture<R> answer, Duration patience, String what) {
        try {
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read " + what, e);
        }
    }
}
