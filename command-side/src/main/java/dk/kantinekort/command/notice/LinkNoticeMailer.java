package dk.kantinekort.command.notice;

import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.command.citizen.ContactDirectory;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Tells the owner by mail of every new link to them (F3): a request that waits for their answer, a link made at once
 * (a child's, by a parent with the card) and a pending one proven afterwards. Nobody gets access to a person unseen.
 * Follows the events in a tracking processor of its own, like the receipts; the owner's address is opened only here.
 */
@Component
@ProcessingGroup(LinkNoticeMailer.GROUP)
class LinkNoticeMailer {

    /** A processor of its own, so a mail server that is down delays these mails, never the ending of agreements. */
    static final String GROUP = "link-notices";

    private final Mailbox mailbox;
    private final ContactDirectory contacts;
    private final LinkNoticeText text;

    LinkNoticeMailer(Mailbox mailbox, ContactDirectory contacts, LinkNoticeText text) {
        this.mailbox = mailbox;
        this.contacts = contacts;
        this.text = text;
    }

    @EventHandler
    void on(AccountLinkRequested event, @Timestamp Instant at) {
        if (event.ownerId() != null) {
            send(event.relationId(), event.ownerId(), text.requestedSubject(), text.requestedBody(at));
        }
    }

    @EventHandler
    void on(AccountLinkGranted event, @Timestamp Instant at) {
        send(event.relationId(), event.ownerId(), text.grantedSubject(), text.grantedBody(at));
    }

    @EventHandler
    void on(AccountLinkApproved event, @Timestamp Instant at) {
        if (!event.byOwner()) {
            send(event.relationId(), event.ownerId(), text.grantedSubject(), text.grantedBody(at));
        }
    }

    private void send(String relationId, String ownerId, String subject, String body) {
        mailbox.send(contacts.email(ownerId).orElse(null), subject, body, "link " + relationId);
    }
}
