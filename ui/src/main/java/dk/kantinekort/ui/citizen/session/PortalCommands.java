package dk.kantinekort.ui.citizen.session;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.security.CurrentCitizen;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends the portal's commands in the name of the logged-in citizen ({@link CommandSender}: actor, channel PORTAL,
 * correlation id), so the command side can check that the citizen may act on the account or person the command names.
 */
@Component
public class PortalCommands {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final CommandSender sender;
    private final CurrentCitizen currentCitizen;

    PortalCommands(CommandGateway commandGateway, CurrentCitizen currentCitizen) {
        this.sender = new CommandSender(commandGateway);
        this.currentCitizen = currentCitizen;
    }

    /**
     * Sends and waits for the answer. A refusal arrives as {@link RejectedException}; anything else that goes
     * wrong as an {@link IllegalStateException} (the view shows a general "try again" text).
     */
    public <R> R send(Object command) {
        return CommandSender.await(this.<R>sendAsync(command), PATIENCE);
    }

    /**
     * Sends without waiting, for signals whose answer the page does not need (e.g. "the citizen is back from
     * the payment page"); the future fails as the gateway's does.
     */
    public <R> CompletableFuture<R> sendAsync(Object command) {
        return sender.send(command, actor(), Metadata.Channel.PORTAL);
    }

    /** The linked citizen, or the login identity itself before the CPR step has linked it. */
    private String actor() {
        return currentCitizen.citizenId().map(Metadata::citizen)
                .or(() -> currentCitizen.subject().map(Metadata::identity))
                .orElseThrow(() -> new IllegalStateException("Nobody is logged in"));
    }
}
