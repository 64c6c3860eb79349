package dk.kantinekort.command.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class MailboxTest {

    private static final String FROM = "GladsaxeKortet <noreply@gladsaxekortet.dk>";

    private final JavaMailSender sender = mock(JavaMailSender.class);

    @SuppressWarnings("unchecked")
    private Mailbox mailbox(JavaMailSender available) {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(available);
        return new Mailbox(provider, FROM);
    }

    @Test
    void aMailGoesFromTheSchemesSenderToTheOneAddressWithSubjectAndText() {
        assertThat(mailbox(sender).send("ejer@example.dk", "Emne", "Tekst", "link r1")).isTrue();

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        assertThat(sent.getValue().getFrom()).isEqualTo(FROM);
        assertThat(sent.getValue().getTo()).containsExactly("ejer@example.dk");
        assertThat(sent.getValue().getSubject()).isEqualTo("Emne");
        assertThat(sent.getValue().getText()).isEqualTo("Tekst");
    }

    @Test
    void withoutAnAddressNothingIsSent() {
        assertThat(mailbox(sender).send(null, "Emne", "Tekst", "link r1")).isFalse();
        assertThat(mailbox(sender).send(" ", "Emne", "Tekst", "link r1")).isFalse();
        verify(sender, never()).send(any(SimpleMailMessage.class));
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingFails() {
        assertThat(mailbox(null).send("ejer@example.dk", "Emne", "Tekst", "link r1")).isFalse();
    }
}
