package dk.kantinekort.command.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.command.CommandSideConfiguration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Issue 14.2 on the real command side: a first login links an identity only to the CPR number the broker
 * asserts for it. A typed number alone (a person opened by staff, another citizen, or nobody) takes over and
 * registers nothing, and the refusal never tells whether the number is known.
 */
@SpringBootTest(classes = FirstLoginConfirmedByTheBrokerTest.Boot.class)
class FirstLoginConfirmedByTheBrokerTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    Cpr victimCpr;
    AccountOpening victim;
    String subject;
    Cpr ownCpr;

    @BeforeEach
    void aPersonOpenedByStaffWithoutLoginAndANewIdentity() {
        victimCpr = randomCpr();
        victim = commands.sendAndWait(new OpenAccountForPerson(victimCpr, "Test Harms Relation", null, randomCard(), null));
        subject = UUID.randomUUID().toString();
        ownCpr = randomCpr();
    }

    @Test
    void anotherPersonsCprTypedByAnIdentityTheBrokerAssertsAnotherNumberForIsRefusedAndLinksNothing() {
        Rejection refused = rejectionOf(() -> link(subject, victimCpr, ownCpr));

        assertThat(refused.code()).isEqualTo(RejectionCode.CPR_NOT_CONFIRMED);
        assertThat(citizenOf(subject)).as("the identity is linked to nobody").isNull();
        assertThat(citizenWithCpr(ownCpr)).as("nobody was registered with the asserted number").isNull();
        String victimsOwnLogin = UUID.randomUUID().toString();
        assertThat((String) link(victimsOwnLogin, victimCpr, victimCpr))
                .as("the person is still free for their own MitID").isEqualTo(victim.citizenId());
    }

    @Test
    void anUnknownCprTypedByAnIdentityTheBrokerAssertsAnotherNumberForRegistersNobody() {
        Cpr unknown = randomCpr();

        Rejection refused = rejectionOf(() -> link(subject, unknown, ownCpr));

        assertThat(refused.code()).isEqualTo(RejectionCode.CPR_NOT_CONFIRMED);
        assertThat(citizenOf(subject)).isNull();
        assertThat(citizenWithCpr(unknown)).isNull();
        assertThat(citizenWithCpr(ownCpr)).isNull();
    }

    @Test
    void anIdentityTheBrokerAssertsNoCprForCannotLinkAtAll() {
        assertThat(rejectionOf(() -> link(subject, victimCpr, null)).code()).isEqualTo(RejectionCode.CPR_NOT_CONFIRMED);
        assertThat(rejectionOf(() -> link(subject, ownCpr, null)).code()).isEqualTo(RejectionCode.CPR_NOT_CONFIRMED);

        assertThat(citizenOf(subject)).isNull();
        assertThat(citizenWithCpr(ownCpr)).isNull();
    }

    @Test
    void theRefusalIsTheSameWhetherTheTypedNumberBelongsToSomebodyOrNobody() {
        Rejection known = rejectionOf(() -> link(subject, victimCpr, ownCpr));
        Rejection unknown = rejectionOf(() -> link(subject, randomCpr(), ownCpr));
        Rejection noClaim = rejectionOf(() -> link(subject, victimCpr, null));

        assertThat(known).isEqualTo(unknown).isEqualTo(noClaim);
        assertThat(known.detail()).doesNotContain(victimCpr.digits(), victimCpr.masked(), ownCpr.digits());
    }

    @Test
    void theCprTheBrokerAssertsLinksTheIdentityToThatPerson() {
        assertThat((String) link(subject, victimCpr, victimCpr)).isEqualTo(victim.citizenId());

        assertThat(citizenOf(subject)).isEqualTo(victim.citizenId());
    }

    @Test
    void theCprTheBrokerAssertsRegistersANewPersonWhenNobodyHasIt() {
        String citizenId = link(subject, ownCpr, ownCpr);

        assertThat(citizenId).isNotEqualTo(victim.citizenId());
        assertThat(citizenOf(subject)).isEqualTo(citizenId);
        assertThat(citizenWithCpr(ownCpr)).isEqualTo(citizenId);
    }

    @Test
    void aLinkedIdentityTypingAnotherNumberIsRefusedAsUnconfirmedAndKeepsItsLink() {
        String citizenId = link(subject, ownCpr, ownCpr);

        assertThat(rejectionOf(() -> link(subject, victimCpr, ownCpr)).code()).isEqualTo(RejectionCode.CPR_NOT_CONFIRMED);

        assertThat(citizenOf(subject)).isEqualTo(citizenId);
    }

    @Test
    void theConfirmedCprOfAPersonWithAnotherIdentityIsStillRefusedAsLinkedToAnother() {
        link(UUID.randomUUID().toString(), victimCpr, victimCpr);

        assertThat(rejectionOf(() -> link(subject, victimCpr, victimCpr)).code())
                .isEqualTo(RejectionCode.CPR_LINKED_TO_OTHER_IDENTITY);
        assertThat(citizenOf(subject)).isNull();
    }

    /** As the portal sends it: from the PORTAL channel, in the name of the identity itself. */
    private <R> R link(String identity, Cpr typed, Cpr asserted) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new LinkIdentity(identity, typed, asserted, "Ny Borger", "ny@example.dk"))
                .andMetaData(Metadata.of(Metadata.identity(identity), Metadata.Channel.PORTAL, null)));
    }

    private String citizenOf(String identity) {
        return queries.query(new FindCitizenByIdentity(identity), String.class).join();
    }

    private String citizenWithCpr(Cpr cpr) {
        return queries.query(new FindCitizenByCpr(cpr.digits()), String.class).join();
    }

    private static Rejection rejectionOf(Runnable action) {
        Throwable failure = catchThrowable(action::run);
        assertThat(failure).as("refused").isNotNull();
        return RejectedException.rejectionOf(failure).orElseThrow(() -> new AssertionError("not a refusal", failure));
    }

    private static CardNumber randomCard() {
        return CardNumber.parse(String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
    }

    private static Cpr randomCpr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Cpr.parse(String.format("%02d%02d%02d%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(0, 100), random.nextInt(0, 10000)));
    }
}
