package dk.kantinekort.command.notice;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.ReceiptResendRequested;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Receipts by e-mail (F21) for every deposit and automatic top-up the provider charged. It follows the events in
 * a tracking processor of its own: a mail server that is down delays receipts, never a payment. The address is
 * sealed in the event and opened only here; a forgotten citizen gets no mail.
 */
@Component
@ProcessingGroup("receipts")
class ReceiptMailer {


    private final Mailbox mailbox;
    private final PersonalDataVault vault;
    private final ReceiptText text;

    ReceiptMailer(Mailbox mailbox, PersonalDataVault vault, ReceiptText text) {
        this.mailbox = mailbox;
        this.vault = vault;
        this.text = text;
    }

    @EventHandler
    void on(DepositSettled event, @Timestamp Instant at) {
        send(event, at);
    }

    /** Staff asked for the receipt again: the same receipt, dated when the deposit was settled. */
    @EventHandler
    void on(ReceiptResendRequested event) {
        send(new DepositSettled(event.accountId(), event.depositId(), event.paymentId(), event.amount(), event.fee(),
                event.method(), event.cardBrand(), event.maskedPan(), event.receiptEmail()), event.settledAt());
    }

    private void send(DepositSettled event, Instant at) {
        mailbox.send(vault.handle(new RevealPersonalData(event.receiptEmail())),
                event.method() == DepositMethod.AUTO_TOP_UP ? text.autoTopUpSubject() : text.depositSubject(),
                text.body(event, vault.open(event.maskedPan()), at), "the receipt of payment " + event.paymentId());
    }
}
