package dk.kantinekort.ui.citizen.session;

import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends the portal's commands in the name of the logged-in citizen (actor, channel PORTAL, correlation id),
 * so the command side can check that the citizen may act on the account or person the command names.
 */
@Component
public class PortalCommands {

    private static final long TIMEOUT_SECONDS = 10;

    private final CommandGateway commandGateway;
    private final CurrentCitizen currentCitizen;

    PortalCommands(CommandGateway commandGateway, CurrentCitizen currentCitizen) {
        this.commandGateway = commandGateway;
        this.currentCitizen = currentCitizen;
    }

    /**
     * Sends and waits for the answer. A refusal arrives as {@link RejectedException}; anything else that goes
     * wrong as an {@link IllegalStateException} (the view shows a general "try again" text).
     */
    public <R> R send(Object command) {
        try {
            return this.<R>sendAsync(command).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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

    /**
     * Sends without waiting, for signals whose answer the page does not need (e.g. "the citizen is back from
     * the payment page"); the future fails as the gateway's does.
     */
    public <R> CompletableFuture<R> sendAsync(Object command) {
        String actor = currentCitizen.citizenId().map(Metadata::citizen)
                .or(() -> currentCitizen.subject().map(subject -> "identity:" + subject))
                .orElseThrow(() -> new IllegalStateException("Nobody is logged in"));
        MetaData metaData = MetaData.from(Metadata.of(actor, Metadata.Channel.PORTAL, null));
        return commandGateway.send(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
