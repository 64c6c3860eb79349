package dk.kantinekort.command.relation;

import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.relation.EndAccountLink;
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
    private final RelationDirectory relations;

    LinkEndings(CitizenDirectory citizens, FormerLinkAgreements agreements, CommandGateway commands,
                RelationDirectory relations) {
        this.citizens = citizens;
        this.agreements = agreements;
        this.commands = commands;
        this.relations = relations;
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

    /**
     * A forgotten person's links end (staff's ending, by the system), and with them, through
     * {@link #on(AccountLinkWithdrawn, MetaData)}, the agreements the person made on others' accounts; the
     * subscriptions and webshop orders the person made on their own accounts end too (decision record 16).
     */
    @EventHandler
    void on(CitizenForgotten event, MetaData metaData) {
        Object correlation = metaData.get(Metadata.CORRELATION_ID);
        for (String relationId : relations.openLinksOf(event.citizenId())) {
            try {
                send(new EndAccountLink(relationId), correlation);
            } catch (RejectedException endedMeanwhile) {
                // a retry after the link ended: nothing left to end
            }
        }
        for (String accountId : event.accountIds()) {
            for (FormerLinkAgreements.Agreement agreement : agreements.madeBy(event.citizenId(), accountId)) {
                send(switch (agreement.kind()) {
                    case ENROLMENT -> new Unenrol(accountId, agreement.agreementId());
                    case WEBSHOP_ORDER -> new EndOrderOfFormerLink(agreement.agreementId(), event.citizenId());
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
