package dk.kantinekort.ui.staff.session;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.security.CurrentStaff;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends the back office's commands in the staff member's name ({@link CommandSender}: {@code actor=admin:<username>},
 * channel ADMIN_API, a fresh correlation id): every staff action becomes an event that says who and when.
 */
@Component
public class StaffCommands {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final CommandSender sender;
    private final CurrentStaff currentStaff;

    StaffCommands(CommandGateway commandGateway, CurrentStaff currentStaff) {
        this.sender = new CommandSender(commandGateway);
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
        return sender.sendAndWait(command, actor(), Metadata.Channel.ADMIN_API, PATIENCE);
    }

    /** {@code admin:<username>} of the staff member logged in, for commands that name who asked. */
    public String actor() {
        return Metadata.admin(currentStaff.username()
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in")));
    }
}
