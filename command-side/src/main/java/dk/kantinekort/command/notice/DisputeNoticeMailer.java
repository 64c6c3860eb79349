package dk.kantinekort.command.notice;

import dk.kantinekort.api.dispute.DisputeRefundGranted;
import dk.kantinekort.api.dispute.DisputeRejected;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.ContactDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen who disputed a statement row (Indsigelse) staff's answer by e-mail: the refund, or the refusal
 * with its reason (opened here only). Its own tracking processor, as receipts: a mail server that is down delays the
 * mail, never the answer. The address is the one on file now; a forgotten citizen gets nothing.
 */
@Component
@ProcessingGroup("dispute-notices")
class DisputeNoticeMailer {

    private final Mailbox mailbox;
    private final ContactDirectory contacts;
    private final CitizenDirectory citizens;
    private final AccountHolderSeal seal;
    private final String brand;

    DisputeNoticeMailer(Mailbox mailbox, ContactDirectory contacts, CitizenDirectory citizens, AccountHolderSeal seal,
                        @Value("${canteen.branding.name:GladsaxeKortet}") String brand) {
        this.mailbox = mailbox;
        this.contacts = contacts;
        this.citizens = citizens;
        this.seal = seal;
        this.brand = brand;
    }

    @EventHandler
    void on(DisputeRefundGranted event) {
        send(event.openedByCitizenId(), event.accountId(), "Din indsigelse er godkendt", String.join("\n",
                "Din indsigelse mod en linje på kontoudskriften i " + brand + " er godkendt.",
                "",
                ReceiptText.kroner(event.amount()) + " er ført tilbage på kortet. Du kan se det under Kontoudskrift.",
                "",
                "Venlig hilsen",
                brand), event.disputeId());
    }

    @EventHandler
    void on(DisputeRejected event) {
        String reason = seal.open(event.reason());
        send(event.openedByCitizenId(), event.accountId(), "Din indsigelse er afvist", String.join("\n",
                "Din indsigelse mod en linje på kontoudskriften i " + brand + " er afvist.",
                "",
                "Begrundelse: " + (reason == null ? "" : reason),
                "",
                "Har du spørgsmål, er du velkommen til at kontakte supporten.",
                "",
                "Venlig hilsen",
                brand), event.disputeId());
    }

    private void send(String citizenId, String accountId, String subject, String body, String disputeId) {
        String to = (citizenId != null ? java.util.Optional.of(citizenId) : citizens.ownerOf(accountId))
                .flatMap(contacts::email).orElse(null);
        mailbox.send(to, subject, body, "dispute " + disputeId);
    }
}
