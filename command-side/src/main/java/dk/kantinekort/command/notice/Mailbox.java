package dk.kantinekort.command.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The one way the command side sends a mail (receipts, notices to an owner): plain text from
 * {@code canteen.mail.from} to one address. Without a mail server or an address nothing is sent, and the log says
 * so by what the mail is about, never by the address.
 */
@Component
public class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    public Mailbox(ObjectProvider<JavaMailSender> mail,
                   @Value("${canteen.mail.from:GladsaxeKortet <noreply@gladsaxekortet.dk>}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /**
     * Sends the mail; false when it could not be sent (no address, no mail server).
     *
     * @param about what the mail is about, for the log (an id or a kind: no personal data)
     */
    public boolean send(String to, String subject, String body, String about) {
        if (to == null || to.isBlank()) {
            log.info("No e-mail address on file; no mail about {}", about);
            return false;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server is configured (spring.mail.host); no mail about {}", about);
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
        log.info("Mail about {} sent", about);
        return true;
    }
}
