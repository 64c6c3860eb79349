package dk.kantinekort.command.payment;

import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The one way the payment processes send commands to the ledger (account, order, enrolment), through
 * {@link CommandSender}. What the citizen asked for goes in the citizen's name (the actor and channel of the event
 * being handled); what follows from the provider goes as {@link #PAYMENTS} (deposits, automatic top-up) or
 * {@link #WEBSHOP} (webshop deliveries, subscription periods) through the PAYMENT_PROVIDER channel. Either keeps the
 * correlation id of the request or webhook that caused it. Only the payment processes use it, never a command
 * handler (CommandSideArchitectureTest). A refusal arrives as {@code RejectedException}, any other failure as an
 * {@link IllegalStateException}.
 */
@Component
public class PaymentCommands {

    /** The actor of deposits and automatic top-ups. */
    public static final String PAYMENTS = Metadata.system("payments");
    /** The actor of the webshop's and the subscriptions' payments. */
    public static final String WEBSHOP = Metadata.system("webshop");
    /** How long a process waits for the ledger's answer before it tries again later. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CommandSender sender;

    PaymentCommands(CommandGateway commands) {
        this.sender = new CommandSender(commands);
    }

    /** In the name of whoever caused the event being handled (the citizen, through the portal). */
    public <R> R onBehalfOfSender(Object command) {
        // the event's actor, channel and correlation id travel as they came (none when a test or the system sent it)
        Map<String, String> sender = new HashMap<>();
        CurrentUnitOfWork.correlationData().forEach((key, value) -> {
            if (value != null && (Metadata.ACTOR.equals(key) || Metadata.CHANNEL.equals(key)
                    || Metadata.CORRELATION_ID.equals(key))) {
                sender.put(key, String.valueOf(value));
            }
        });
        return CommandSender.await(this.sender.send(command, sender), PATIENCE);
    }

    /** As the payment handling itself ({@link #PAYMENTS}). */
    public <R> R fromProvider(Object command) {
        return send(command, PAYMENTS, Metadata.Channel.PAYMENT_PROVIDER);
    }

    /** As the webshop's and subscriptions' payment handling ({@link #WEBSHOP}). */
    public <R> R asWebshop(Object command) {
        return send(command, WEBSHOP, Metadata.Channel.PAYMENT_PROVIDER);
    }

    private <R> R send(Object command, String actor, Metadata.Channel channel) {
        Object correlation = CurrentUnitOfWork.correlationData().get(Metadata.CORRELATION_ID);
        return CommandSender.await(sender.send(command, Metadata.of(actor, channel,
                correlation == null ? null : String.valueOf(correlation))), PATIENCE);
    }
}
