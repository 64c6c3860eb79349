package dk.kantinekort.command.relation;

import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.payment.EndAutoTopUpOfFormerLink;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.subscription.Unenrol;
import dk.kantinekort.api.webshop.EndOrderOfFormerLink;
import dk.kantinekort.command.citizen.CitizenDirectory;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * When a link ends, whoever ended it, the payment agreements its requester made on the owner's accounts end too:
 * the automatic top-up, subscriptions and webshop orders on their saved payment card. Their card is charged no more
 * and no receipt of the account reaches them. A tracking processor of its own that retries a failed command (see
 * {@link LinkProcessing}); each command is a no-op when nothing is left to end, so a retry does no harm.
 */
@Component
@ProcessingGroup(LinkProcessing.ENDINGS)
class LinkEndings {

    static final String ACTOR = Metadata.system("links");

    private final CitizenDirectory citizens;
    private final FormerLinkAgreements agreements;
    private final CommandGateway commands;

    LinkEndings(CitizenDirectory citizens, FormerLinkAgreements agreements, CommandGateway commands) {
        this.citizens = citizens;
        this.agreements = agreements;
        this.commands = commands;
    }

    @EventHandler
    void on(AccountLinkWithdrawn event, MetaData metaData) {
        if (event.ownerId() == null) {
            return;
        }
        Object correlation = metaData.get(Metadata.CORRELATION_ID);
        for (CitizenDirectory.OwnedAccount account : citizens.accountsOf(event.ownerId())) {
            send(new EndAutoTopUpOfFormerLink(account.accountId(), event.requesterId()), correlation);
            for (FormerLinkAgreements.Agreement agreement : agreements.madeBy(event.requesterId(), account.accountId())) {
                send(switch (agreement.kind()) {
                    case ENROLMENT -> new Unenrol(account.accountId(), agreement.agreementId());
                    case WEBSHOP_ORDER -> new EndOrderOfFormerLink(agreement.agreementId(), event.requesterId());
                }, correlation);
            }
        }
    }

    private void send(Object command, Object correlation) {
        MetaData metaData = MetaData.with(Metadata.ACTOR, ACTOR).and(Metadata.CHANNEL, Metadata.Channel.SYSTEM.name());
        if (correlation != null) {
            metaData = metaData.and(Metadata.CORRELATION_ID, correlation);
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
