package dk.kantinekort.command.webshop;

import dk.kantinekort.api.meta.Metadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends the commands of the webshop and the subscriptions: those the citizen caused in the citizen's name, those
 * that follow from a deadline or the provider as {@code system:webshop} through the PAYMENT_PROVIDER channel.
 */
@Component
public class WebshopLedger {

    static final String ACTOR = Metadata.system("webshop");

    private final CommandGateway commands;

    WebshopLedger(CommandGateway commands) {
        this.commands = commands;
    }

    /** In the name of whoever sent the command being handled (the citizen, through the portal). */
    public <R> R onBehalfOfSender(Object command) {
        return commands.sendAndWait(command);
    }

    /** As the webshop's own payment handling. */
    public <R> R asPayments(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.with(
                Metadata.ACTOR, ACTOR).and(Metadata.CHANNEL, Metadata.Channel.PAYMENT_PROVIDER.name())));
    }
}
