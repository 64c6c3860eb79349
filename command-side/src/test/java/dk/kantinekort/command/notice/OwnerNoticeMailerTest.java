package dk.kantinekort.command.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PayoutDestination;
import dk.kantinekort.api.payment.PayoutRequested;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class OwnerNoticeMailerTest {

    static final SealedData DETAILS = new SealedData("owner", "iv", "details");
    static final SealedData OLD_EMAIL = new SealedData("owner", "iv", "old-email");
    static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    JavaMailSender sender = mock(JavaMailSender.class);
    PersonalDataVault vault = dk.kantinekort.command.TestSeals.vault();
    ContactDirectory contacts = mock(ContactDirectory.class);
    CitizenDirectory citizens = mock(CitizenDirectory.class);
    OwnerNoticeMailer mailer;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);
        when(vault.handle(new RevealPersonalData(OLD_EMAIL))).thenReturn("owner@example.dk");
        when(contacts.name("linked")).thenReturn(Optional.of("Christian Harms"));
        mailer = new OwnerNoticeMailer(new Mailbox(provider, "GladsaxeKortet <noreply@gladsaxekortet.dk>"), vault, contacts, citizens,
                new OwnerNoticeText("GladsaxeKortet"));
    }

    @Test
    void anAddressChangedByALinkedPersonIsMailedToTheOwnersEmailAsItWasBefore() {
        mailer.on(new ContactDetailsChanged("owner", DETAILS, "linked", OLD_EMAIL, List.of("email", "address")), AT);

        SimpleMailMessage mail = sent();
        assertThat(mail.getTo()).containsExactly("owner@example.dk");
        assertThat(mail.getSubject()).isEqualTo("Din adresse er ændret");
        assertThat(mail.getText()).contains("ændret af Christian Harms den 06-12-2026 kl. 11:00", "e-mail, adresse");
    }

    @Test
    void theOwnersOwnChangeAndAStaffChangeSendNothing() {
        mailer.on(new ContactDetailsChanged("owner", DETAILS, "owner", OLD_EMAIL, List.of("address")), AT);
        mailer.on(new ContactDetailsChanged("owner", DETAILS, null, OLD_EMAIL, List.of("address")), AT);

        verify(sender, never()).send(any(SimpleMailMessage.class));
    }

    @Test
    void aChangeOfPhoneOnlyByALinkedPersonSendsNothing() {
        mailer.on(new ContactDetailsChanged("owner", DETAILS, "linked", OLD_EMAIL, List.of("phone")), AT);

        verify(sender, never()).send(any(SimpleMailMessage.class));
    }

    @Test
    void aTypedBankAccountWaitingForTheOwnerAsksTheOwnerByMailToConfirmIt() {
        when(citizens.ownerOf("account-1")).thenReturn(Optional.of("owner"));
        when(contacts.email("owner")).thenReturn(Optional.of("owner-now@example.dk"));

        mailer.on(new PayoutRequested("account-1", "po-1", Money.ofOre(6_500), new SealedData("owner", "iv", "bank"),
                dk.kantinekort.command.TestSeals.sealed("1234 ******7890"), PayoutDestination.TYPED_ACCOUNT, true, "linked"), AT);

        SimpleMailMessage mail = sent();
        assertThat(mail.getTo()).containsExactly("owner-now@example.dk");
        assertThat(mail.getText()).contains("Christian Harms", "65,00 kr.", "1234 ******7890", "Bekræft udbetaling");
    }

    @Test
    void aNemKontoPayoutSendsNoConfirmationMail() {
        mailer.on(new PayoutRequested("account-1", "po-1", Money.ofOre(6_500), null, dk.kantinekort.command.TestSeals.sealed("NemKonto"),
                PayoutDestination.NEMKONTO, false, "linked"), AT);

        verify(sender, never()).send(any(SimpleMailMessage.class));
    }

    private SimpleMailMessage sent() {
        ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(mail.capture());
        return mail.getValue();
    }
}
