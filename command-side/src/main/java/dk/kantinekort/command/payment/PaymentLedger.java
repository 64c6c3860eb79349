package dk.kantinekort.command.payment;

import dk.kantinekort.api.meta.Metadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends the ledger commands of payment handling. What the citizen asked for goes in the citizen's name; what
 * follows from the provider goes as {@code system:payments} through the PAYMENT_PROVIDER channel, keeping the
 * correlation id of the request or webhook that caused it.
 */
@Component
class PaymentLedger {

    static final String ACTOR = Metadata.system("payments");

    private final CommandGateway commands;

    PaymentLedger(CommandGateway commands) {
        this.commands = commands;
    }

    /** In the name of whoever sent the command being handled (the citizen, through the portal). */
    <R> R onBehalfOfSender(Object command) {
        return commands.sendAndWait(command);
    }

    /** As the payment handling itself. */
    <R> R fromProvider(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.with(
                Metadata.ACTOR, ACTOR).and(Metadata.CHANNEL, Metadata.Channel.PAYMENT_PROVIDER.name())));
    }
}
