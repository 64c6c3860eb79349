package dk.kantinekort.command.relation;

import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.command.citizen.ContactDirectory;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the owner by mail of every new link to them (F3): a request that waits for their answer, a link made at once
 * (a child's, by a parent with the card) and a pending one proven afterwards. Nobody gets access to a person unseen.
 * Follows the events in a tracking processor of its own, like the receipts; the owner's address is opened only here.
 */
@Component
@ProcessingGroup(LinkProcessing.NOTICES)
class LinkNoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(LinkNoticeMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final ContactDirectory contacts;
    private final LinkNoticeText text;

    LinkNoticeMailer(ObjectProvider<JavaMailSender> mail, ContactDirectory contacts, LinkNoticeText text) {
        this.mail = mail;
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
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server is configured (spring.mail.host); no notice of link {}", relationId);
            return;
        }
        Optional<String> to = contacts.email(ownerId);
        if (to.isEmpty()) {
            log.info("No e-mail address for the owner of link {}; no notice", relationId);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(text.from());
        message.setTo(to.get());
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
        log.info("Notice of link {} sent to its owner", relationId);
    }
}
