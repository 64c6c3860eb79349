package dk.kantinekort.embedded.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The embedded default's SMTP server keeps what it receives, for the /dev/mails page. */
class DevMailServerTest {

    @Test
    void aMailSentBySmtpIsListedWithItsRecipientSubjectAndText() throws Exception {
        try (DevMailServer server = DevMailServer.start(0)) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(server.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("noreply@example.dk"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("borger@example.dk"));
            message.setSubject("Kvittering");
            message.setText("Tak for din indbetaling");
            Transport.send(message);

            assertThat(server.mails()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("borger@example.dk");
                assertThat(mail.subject()).isEqualTo("Kvittering");
                assertThat(mail.text()).contains("Tak for din indbetaling");
            });
        }
    }
}
