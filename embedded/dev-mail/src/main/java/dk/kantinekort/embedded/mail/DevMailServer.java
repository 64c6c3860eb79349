package dk.kantinekort.embedded.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded default's SMTP server (GreenMail), so receipts are really sent by SMTP and a developer can read them:
 * every mail is kept in memory and listed at {@code /dev/mails} on the till API's port (embedded default only).
 */
public final class DevMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private DevMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP on {@code smtpPort} (0: a free port) on the loopback interface. */
    public static DevMailServer start(int smtpPort) {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail mail = new GreenMail(smtpPort == 0 ? smtp.dynamicPort() : smtp);
        mail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        mail.start();
        return new DevMailServer(mail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The mails received so far, oldest first. */
    public List<ReceivedMail> mails() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(DevMailServer::received).toList();
    }

    private static ReceivedMail received(MimeMessage message) {
        try {
            Object content = message.getContent();
            return new ReceivedMail(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString)
                    .toList()), message.getSubject(), content instanceof String text ? text : String.valueOf(content),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant());
        } catch (MessagingException | IOException e) {
            return new ReceivedMail("?", "(unreadable: " + e.getMessage() + ")", "", null);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
