package dk.kantinekort.command.payment;

import dk.kantinekort.api.meta.Metadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * The one way the payments context sends commands to the ledger (account, order, enrolment). What the citizen asked
 * for goes in the citizen's name; what follows from the provider goes as {@link #PAYMENTS} (deposits, automatic
 * top-up) or {@link #WEBSHOP} (webshop deliveries, subscription periods) through the PAYMENT_PROVIDER channel, keeping
 * the correlation id of the request or webhook that caused it. Only the payment processes use it, never a command
 * handler (ArchitectureTest).
 */
@Component
public class PaymentCommands {

    /** The actor of deposits and automatic top-ups. */
    public static final String PAYMENTS = Metadata.system("payments");
    /** The actor of the webshop's and the subscriptions' payments. */
    public static final String WEBSHOP = Metadata.system("webshop");

    private final CommandGateway commands;

    PaymentCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** In the name of whoever sent the command being handled (the citizen, through the portal). */
    public <R> R onBehalfOfSender(Object command) {
        return commands.sendAndWait(command);
    }

    /** As the payment handling itself ({@link #PAYMENTS}). */
    public <R> R fromProvider(Object command) {
        return as(PAYMENTS, command);
    }

    /** As the webshop's and subscriptions' payment handling ({@link #WEBSHOP}). */
    public <R> R asWebshop(Object command) {
        return as(WEBSHOP, command);
    }

    private <R> R as(String actor, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.with(
                Metadata.ACTOR, actor).and(Metadata.CHANNEL, Metadata.Channel.PAYMENT_PROVIDER.name())));
    }
}
