package dk.kantinekort.command.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.EndAccountLink;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import dk.kantinekort.command.CommandSideConfiguration;
import java.util.Set;
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

/** The portal's commands on the real command side: first login, links between people, server-side access. */
@SpringBootTest(classes = PortalCommandsIntegrationTest.Boot.class)
class PortalCommandsIntegrationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    Cpr parentCpr;
    Cpr childCpr;
    AccountOpening parent;
    AccountOpening child;

    @BeforeEach
    void aParentAndAChildWithCards() {
        parentCpr = randomCpr();
        childCpr = minorCpr();
        parent = open(parentCpr, "Forælder");
        child = open(childCpr, "Barn");
    }

    @Test
    void firstLoginLinksTheIdentityToThePersonWithTheCpr() {
        String subject = UUID.randomUUID().toString();

        String citizenId = asIdentity(subject, new LinkIdentity(subject, parentCpr, parentCpr, "Forælder", null));

        assertThat(citizenId).isEqualTo(parent.citizenId());
        assertThat(queries.query(new FindCitizenByIdentity(subject), String.class).join()).isEqualTo(citizenId);
        String again = asIdentity(subject, new LinkIdentity(subject, parentCpr, parentCpr, "Forælder", null));
        assertThat(again)
                .as("linking again is answered the same").isEqualTo(citizenId);
    }

    @Test
    void aCprLinkedToAnotherIdentityIsRefused() {
        String owner = UUID.randomUUID().toString();
        String intruder = UUID.randomUUID().toString();
        asIdentity(owner, new LinkIdentity(owner, parentCpr, parentCpr, "Forælder", null));

        assertRejected(() -> asIdentity(intruder, new LinkIdentity(intruder, parentCpr, parentCpr, "Ond", null)),
                RejectionCode.CPR_LINKED_TO_OTHER_IDENTITY);
        assertThat(queries.query(new FindCitizenByIdentity(intruder), String.class).join()).isNull();
    }

    @Test
    void anUnknownCprRegistersANewPersonWithoutAccounts() {
        String subject = UUID.randomUUID().toString();

        Cpr newCpr = randomCpr();
        String citizenId = asIdentity(subject, new LinkIdentity(subject, newCpr, newCpr, "Ny Borger", "ny@example.dk"));

        assertThat(citizenId).isNotIn(parent.citizenId(), child.citizenId());
    }

    @Test
    void anIdentityMayOnlyLinkItself() {
        String subject = UUID.randomUUID().toString();

        assertRejected(() -> asIdentity("someone-else", new LinkIdentity(subject, parentCpr, parentCpr, "X", null)),
                RejectionCode.ACCESS_DENIED);
    }

    @Test
    void theRightCprAndCardNumberLinkAtOnceAndLetTheRequesterActOnTheAccount() {
        String card = child.cardNumber().value().toLowerCase();
        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, " " + card + " "));

        assertThat(outcome.status()).isEqualTo(RelationStatus.ACTIVE);
        asCitizen(parent.citizenId(), new BlockCard(child.accountId(), "lost"));
    }

    @Test
    void anAdultsRightCprAndCardNumberOnlyAskTheOwner_theRequesterGetsNoAccess() {
        AccountOpening adult = open(randomCpr(), "Voksen");
        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), cprOf(adult), adult.cardNumber().value()));

        assertThat(outcome.status()).isEqualTo(RelationStatus.PENDING);
        assertRejected(() -> asCitizen(parent.citizenId(), new ChangeAllowedUnits(adult.accountId(),
                Set.of(UnitKind.SCHOOL))), RejectionCode.ACCESS_DENIED);
        assertRejected(() -> asCitizen(parent.citizenId(), new BlockCard(adult.accountId(), "lost")),
                RejectionCode.ACCESS_DENIED);
    }

    @Test
    void aBlockedCardsNumberProvesNoLinkEvenToAChild() {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new BlockCard(child.accountId(), "stjålet"))
                .andMetaData(Metadata.of(Metadata.admin("support"), Metadata.Channel.ADMIN_API, null)));

        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()));

        assertThat(outcome.status()).isEqualTo(RelationStatus.PENDING);
        assertRejected(() -> asCitizen(parent.citizenId(), new UnblockCard(child.accountId())),
                RejectionCode.ACCESS_DENIED);
    }

    @Test
    void anAccountStaffBlockedProvesNoLinkByItsCardEvenToAChild_likeABlockedCard() {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new dk.kantinekort.api.account.BlockAccount(
                        child.accountId(), "misbrug"))
                .andMetaData(Metadata.of(Metadata.admin("support"), Metadata.Channel.ADMIN_API, null)));

        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()));

        assertThat(outcome.status()).isEqualTo(RelationStatus.PENDING);
    }

    @Test
    void theOwnerEndsALinkMadeAtOnce_andStaffEndOneButNotFromThePortal() {
        LinkRequestOutcome first = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()));
        asCitizen(child.citizenId(), new WithdrawAccountLink(first.relationId(), child.citizenId()));
        assertRejected(() -> asCitizen(parent.citizenId(), new BlockCard(child.accountId(), "lost")),
                RejectionCode.ACCESS_DENIED);

        LinkRequestOutcome second = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()));
        assertThat(second.status()).isEqualTo(RelationStatus.ACTIVE);
        assertRejected(() -> asCitizen(child.citizenId(), new EndAccountLink(second.relationId())),
                RejectionCode.ACCESS_DENIED);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EndAccountLink(second.relationId()))
                .andMetaData(Metadata.of(Metadata.admin("support"), Metadata.Channel.ADMIN_API, null)));
        assertRejected(() -> asCitizen(parent.citizenId(), new BlockCard(child.accountId(), "lost")),
                RejectionCode.ACCESS_DENIED);
    }

    @Test
    void aWrongCardNumberWaitsForTheOwnerWhoApproves() {
        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, "1234567890"));
        assertThat(outcome.status()).isEqualTo(RelationStatus.PENDING);
        assertRejected(() -> asCitizen(parent.citizenId(), new BlockCard(child.accountId(), "lost")),
                RejectionCode.ACCESS_DENIED);
        assertRejected(() -> asCitizen(parent.citizenId(),
                new ApproveAccountLink(outcome.relationId(), parent.citizenId())), RejectionCode.ACCESS_DENIED);

        asCitizen(child.citizenId(), new ApproveAccountLink(outcome.relationId(), child.citizenId()));

        asCitizen(parent.citizenId(), new ChangeAllowedUnits(child.accountId(), Set.of(UnitKind.SCHOOL)));
    }

    @Test
    void anUnknownCprLooksExactlyLikeAKnownOne() {
        LinkRequestOutcome unknown = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), randomCpr(), "1234567890"));
        LinkRequestOutcome known = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, "1234567890"));

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(RelationStatus.PENDING);
    }

    @Test
    void repeatedWrongCardNumbersAreThrottled() {
        for (int i = 0; i < 5; i++) {
            asCitizen(parent.citizenId(), new RequestAccountLink(UUID.randomUUID().toString(), parent.citizenId(),
                    randomCpr(), "12345678" + (10 + i)));
        }

        assertRejected(() -> asCitizen(parent.citizenId(), new RequestAccountLink(UUID.randomUUID().toString(),
                parent.citizenId(), childCpr, child.cardNumber().value())), RejectionCode.TOO_MANY_ATTEMPTS);
    }

    @Test
    void aWithdrawnLinkNoLongerGivesAccess() {
        LinkRequestOutcome outcome = asCitizen(parent.citizenId(), new RequestAccountLink(
                UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()));

        asCitizen(child.citizenId(), new WithdrawAccountLink(outcome.relationId(), child.citizenId()));

        assertRejected(() -> asCitizen(parent.citizenId(), new BlockCard(child.accountId(), "lost")),
                RejectionCode.ACCESS_DENIED);
    }

    @Test
    void aCitizenCannotActOnAStrangersAccountOrDetails() {
        ContactDetails details = new ContactDetails("Barn", "barn@example.dk", "Vej 1", "2860", "Søborg", null, null);

        assertRejected(() -> asCitizen(parent.citizenId(), new BlockCard(child.accountId(), "x")),
                RejectionCode.ACCESS_DENIED);
        assertRejected(() -> asCitizen(parent.citizenId(), new ChangeContactDetails(child.citizenId(), details)),
                RejectionCode.ACCESS_DENIED);
        asCitizen(child.citizenId(), new ChangeContactDetails(child.citizenId(), details));
    }

    @Test
    void staffFindAPersonByTheFullCprNumberWithOrWithoutHyphenAndNobodyByAnUnknownOne() {
        Cpr cpr = randomCpr();
        AccountOpening opened = open(cpr, "Support Søgning");
        String digits = cpr.digits();

        assertThat(queries.query(new FindCitizenByCpr(digits), String.class).join()).isEqualTo(opened.citizenId());
        assertThat(queries.query(new FindCitizenByCpr(digits.substring(0, 6) + "-" + digits.substring(6)),
                String.class).join()).isEqualTo(opened.citizenId());
        assertThat(queries.query(new FindCitizenByCpr("3112999999"), String.class).join()).isNull();
        assertThat(queries.query(new FindCitizenByCpr("not a cpr"), String.class).join()).isNull();
    }

    @Test
    void theRequesterCannotSpeakForTheOwner() {
        assertRejected(() -> asCitizen(parent.citizenId(), new RequestAccountLink(UUID.randomUUID().toString(),
                child.citizenId(), parentCpr, null)), RejectionCode.ACCESS_DENIED);
    }

    private final java.util.Map<String, Cpr> cprs = new java.util.HashMap<>();

    private Cpr cprOf(AccountOpening opening) {
        return cprs.get(opening.accountId());
    }

    private AccountOpening open(Cpr cpr, String name) {
        CardNumber card = CardNumber.parse(String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        AccountOpening opening = commands.sendAndWait(new OpenAccountForPerson(cpr, name, null, card, null));
        cprs.put(opening.accountId(), cpr);
        return opening;
    }

    private <R> R asIdentity(String subject, Object command) {
        return send(dk.kantinekort.api.meta.Metadata.identity(subject), command);
    }

    private <R> R asCitizen(String citizenId, Object command) {
        return send(Metadata.citizen(citizenId), command);
    }

    private <R> R send(String actor, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(actor, Metadata.Channel.PORTAL, null)));
    }

    private static void assertRejected(Runnable action, RejectionCode code) {
        assertThatThrownBy(action::run).satisfies(failure ->
                assertThat(RejectedException.rejectionOf(failure)).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(code)));
    }

    /** Born 2014-2020 (seventh digit 4): under 18 for years to come. */
    private static Cpr minorCpr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Cpr.parse(String.format("%02d%02d%02d4%03d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(14, 21), random.nextInt(0, 1000)));
    }

    /** Born in the 1900s (seventh digit 0-3): an adult. */
    private static Cpr randomCpr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Cpr.parse(String.format("%02d%02d%02d%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(0, 100), random.nextInt(0, 4000)));
    }
}
