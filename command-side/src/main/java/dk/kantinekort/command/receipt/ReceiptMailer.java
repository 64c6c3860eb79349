package dk.kantinekort.command.receipt;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.ReceiptResendRequested;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.Instant;
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
 * Receipts by e-mail (F21) for every deposit and automatic top-up the provider charged. It follows the events in
 * a tracking processor of its own: a mail server that is down delays receipts, never a payment. The address is
 * sealed in the event and opened only here; a forgotten citizen gets no mail.
 */
@Component
@ProcessingGroup("receipts")
class ReceiptMailer {

    private static final Logger log = LoggerFactory.getLogger(ReceiptMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final PersonalDataVault vault;
    private final ReceiptText text;

    ReceiptMailer(ObjectProvider<JavaMailSender> mail, PersonalDataVault vault, ReceiptText text) {
        this.mail = mail;
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
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server is configured (spring.mail.host); no receipt for payment {}", event.paymentId());
            return;
        }
        String to = vault.handle(new RevealPersonalData(event.receiptEmail()));
        if (to == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(text.from());
        message.setTo(to);
        message.setSubject(event.method() == DepositMethod.AUTO_TOP_UP
                ? text.autoTopUpSubject() : text.depositSubject());
        message.setText(text.body(event, at));
        sender.send(message);
        log.info("Receipt for payment {} sent", event.paymentId());
    }
}
