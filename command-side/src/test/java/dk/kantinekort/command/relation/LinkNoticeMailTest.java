package dk.kantinekort.command.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.command.CommandSideConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The owner is told by mail of every new link to them (issue 14, part 3): a request that waits for them and a link
 * made at once, sent over SMTP to the address they last gave, naming nobody.
 */
@SpringBootTest(classes = LinkNoticeMailTest.Boot.class)
class LinkNoticeMailTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    CommandGateway commands;

    @Test
    void anAdultIsMailedOfARequestForAccessAtTheAddressTheyLastGave() throws Exception {
        AccountOpening stranger = open(Cpr.parse(random(1970, 0)), "Fremmed", null);
        Cpr ownerCpr = Cpr.parse(random(1980, 1));
        AccountOpening owner = open(ownerCpr, "Ejer", "ejer-gammel@example.dk");
        String newAddress = "ejer-" + UUID.randomUUID() + "@example.dk";
        commands.sendAndWait(new ChangeContactDetails(owner.citizenId(), new ContactDetails("Ejer", newAddress,
                "Vej 1", "2860", "Søborg", null, null)));

        LinkRequestOutcome outcome = asCitizen(stranger.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), stranger.citizenId(), ownerCpr, owner.cardNumber().value()));

        assertThat(outcome.status()).isEqualTo(RelationStatus.PENDING);
        MimeMessage notice = awaitMailTo(newAddress);
        assertThat(notice.getSubject()).isEqualTo("Nogen beder om adgang til dit kantinekort");
        String body = (String) notice.getContent();
        assertThat(body).contains("Personen får ikke adgang, før du har godkendt det", "Hvem har adgang")
                .doesNotContain("Fremmed");
    }

    @Test
    void aChildIsMailedOfALinkMadeAtOnce() throws Exception {
        AccountOpening parent = open(Cpr.parse(random(1975, 2)), "Forælder", null);
        Cpr childCpr = Cpr.parse(random(2016, 4));
        String childAddress = "barn-" + UUID.randomUUID() + "@example.dk";
        AccountOpening child = open(childCpr, "Barn", childAddress);

        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()));

        assertThat(outcome.status()).isEqualTo(RelationStatus.ACTIVE);
        MimeMessage notice = awaitMailTo(childAddress);
        assertThat(notice.getSubject()).isEqualTo("Nogen har fået adgang til dit kantinekort");
        assertThat((String) notice.getContent()).contains("fjerne adgangen");
    }

    private MimeMessage awaitMailTo(String address) {
        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(
                SMTP.getReceivedMessagesForDomain(address)).toList(), found -> !found.isEmpty());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private AccountOpening open(Cpr cpr, String name, String email) {
        CardNumber card = CardNumber.parse(String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L,
                9_999_999_999L)));
        return commands.sendAndWait(new OpenAccountForPerson(cpr, name, email, card, null));
    }

    private <R> R asCitizen(String citizenId, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    /** A CPR number born in {@code year} whose seventh digit is {@code seventh} (its century). */
    private static String random(int year, int seventh) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%02d%02d%02d%d%03d", r.nextInt(1, 29), r.nextInt(1, 13), year % 100, seventh,
                r.nextInt(0, 1000));
    }
}
