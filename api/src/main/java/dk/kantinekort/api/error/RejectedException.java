package dk.kantinekort.api.error;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.HandlerExecutionException;

/**
 * Thrown by command handlers when a request is refused. The {@link Rejection} rides as the exception's
 * details, so it survives the trip through Axon Server to a client in another process.
 */
public class RejectedException extends CommandExecutionException {

    public RejectedException(RejectionCode code, String detail) {
        super(detail, null, new Rejection(code, detail));
    }

    /** The rejection inside whatever a gateway call failed with, if the failure was a rejection. */
    public static Optional<Rejection> rejectionOf(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException || t instanceof ExecutionException) {
            if (t.getCause() == null) {
                break;
            }
            t = t.getCause();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HandlerExecutionException h) {
                Optional<Object> details = h.getDetails();
                if (details.isPresent() && details.get() instanceof Rejection r) {
                    return Optional.of(r);
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }
}
