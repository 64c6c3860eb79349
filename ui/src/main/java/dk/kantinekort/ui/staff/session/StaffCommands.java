package dk.kantinekort.ui.staff.session;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.security.CurrentStaff;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends the back office's commands in the staff member's name ({@code actor=admin:<username>}, channel
 * ADMIN_API, a fresh correlation id): every staff action becomes an event that says who and when.
 */
@Component
public class StaffCommands {

    private static final long TIMEOUT_SECONDS = 10;

    private final CommandGateway commandGateway;
    private final CurrentStaff currentStaff;

    StaffCommands(CommandGateway commandGateway, CurrentStaff currentStaff) {
        this.commandGateway = commandGateway;
        this.currentStaff = currentStaff;
    }

    /**
     * Sends and waits. A refusal arrives as {@link RejectedException}; anything else as an
     * {@link IllegalStateException}. Only an ADMIN may send.
     */
    public <R> R send(Object command) {
        if (!currentStaff.hasRole(CurrentStaff.Role.ADMIN)) {
            throw new IllegalStateException("Only staff with the role ADMIN send commands from the back office");
        }
        String actor = Metadata.admin(currentStaff.username()
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in")));
        MetaData metaData = MetaData.from(Metadata.of(actor, Metadata.Channel.ADMIN_API, null));
        try {
            return commandGateway.<R>send(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the ledger", e);
        } catch (ExecutionException e) {
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
