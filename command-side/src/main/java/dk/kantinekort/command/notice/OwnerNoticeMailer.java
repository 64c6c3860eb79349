package dk.kantinekort.command.notice;

import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.payment.PayoutRequested;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Tells an account owner by e-mail what a linked person did on their behalf, following the events in a tracking
 * processor of its own (as receipts do): a change of address or e-mail by someone else goes to the e-mail the owner
 * had <em>before</em> the change (sealed in the event), and a payout to a typed bank account someone else named asks
 * the owner to confirm it in the portal. The owner's own changes send nothing: they made them.
 */
@Component
@ProcessingGroup("owner-notices")
class OwnerNoticeMailer {


    private final Mailbox mailbox;
    private final PersonalDataVault vault;
    private final ContactDirectory contacts;
    private final CitizenDirectory citizens;
    private final OwnerNoticeText text;

    OwnerNoticeMailer(Mailbox mailbox, PersonalDataVault vault, ContactDirectory contacts,
                      CitizenDirectory citizens, OwnerNoticeText text) {
        this.mailbox = mailbox;
        this.vault = vault;
        this.contacts = contacts;
        this.citizens = citizens;
        this.text = text;
    }

    @EventHandler
    void on(ContactDetailsChanged event, @Timestamp Instant at) {
        if (event.changedByCitizenId() == null || event.changedByCitizenId().equals(event.citizenId())
                || event.changedFields() == null || !text.addressOrEmail(event.changedFields())) {
            return;
        }
        String to = vault.handle(new RevealPersonalData(event.previousEmail()));
        String changedBy = contacts.name(event.changedByCitizenId()).orElseGet(text::someoneWithAccess);
        send(to, text.contactSubject(event.changedFields()), text.contactBody(changedBy, event.changedFields(), at),
                "contact change of citizen " + event.citizenId());
    }

    @EventHandler
    void on(PayoutRequested event, @Timestamp Instant at) {
        if (!event.awaitingOwnerConfirmation()) {
            return;
        }
        citizens.ownerOf(event.accountId()).ifPresent(owner -> {
            String requestedBy = event.requestedByCitizenId() == null ? text.municipality()
                    : contacts.name(event.requestedByCitizenId()).orElseGet(text::someoneWithAccessCapitalised);
            send(contacts.email(owner).orElse(null), text.payoutSubject(),
                    text.payoutBody(requestedBy, event.balance(), vault.open(event.bankAccountMasked()), at),
                    "payout " + event.payoutId());
        });
    }

    private void send(String to, String subject, String body, String what) {
        mailbox.send(to, subject, body, what);
    }
}
