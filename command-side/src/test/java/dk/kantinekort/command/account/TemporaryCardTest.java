package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.NEW_CARD;
import static dk.kantinekort.command.account.CardAccountTest.OSTEHAPS;
import static dk.kantinekort.command.account.CardAccountTest.PORTAL;
import static dk.kantinekort.command.account.CardAccountTest.SCHOOL;
import static dk.kantinekort.command.account.CardAccountTest.STAFF;
import static dk.kantinekort.command.account.CardAccountTest.TILL;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.BlockAccount;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnblockCause;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.tempcard.IssueTemporaryCard;
import dk.kantinekort.api.tempcard.RevokeTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCardEnd;
import dk.kantinekort.api.tempcard.TemporaryCardIssued;
import dk.kantinekort.api.tempcard.TemporaryCardRevoked;
import dk.kantinekort.command.card.CardNumberIssuer;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.tempcard.TemporaryCardIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Midlertidigt kort (decision record 21): when the account gets one, when the till takes it, and when it dies. */
class TemporaryCardTest {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofDays(3));
    static final CardNumber TEMPORARY = new CardNumber("MK00000042");
    static final String CODE = "MK000000421234567890";

    AggregateTestFixture<CardAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(SchemeParts.allOn());
    }

    static AggregateTestFixture<CardAccount> fixture(SchemeParts parts) {
        AggregateTestFixture<CardAccount> fixture = new AggregateTestFixture<>(CardAccount.class);
        TemporaryCardIssuer issuer = Mockito.mock(TemporaryCardIssuer.class);
        Mockito.when(issuer.nextId()).thenReturn(TEMPORARY);
        Mockito.when(issuer.validFor()).thenReturn(Duration.ofDays(3));
        Mockito.when(issuer.codeOf(TEMPORARY, ACCOUNT)).thenReturn(CODE);
        fixture.registerInjectableResource(issuer);
        fixture.registerInjectableResource(parts);
        fixture.registerInjectableResource((CardNumberIssuer) () -> NEW_CARD);
        fixture.registerInjectableResource(Mockito.mock(ContactDirectory.class));
        fixture.registerInjectableResource(dk.kantinekort.command.TestSeals.vault());
        return fixture;
    }

    static CardBlocked lost() {
        return new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.CITIZEN);
    }

    static TemporaryCardIssued temporaryIssued() {
        return new TemporaryCardIssued(ACCOUNT, TEMPORARY, EXPIRES);
    }

    static MakePurchase purchaseWith(CardNumber card) {
        return new MakePurchase(ACCOUNT, "p1", card, SCHOOL, TILL, UnitKind.SCHOOL, List.of(OSTEHAPS),
                Money.ofOre(300), "fp-p1");
    }

    @Test
    void aLostCardBlockedGivesTheAccountATemporaryCardValidForThreeDays() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost())
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL)
                .expectEvents(temporaryIssued())
                .expectResultMessagePayload(new TemporaryCard(ACCOUNT, CODE, EXPIRES));
    }

    @Test
    void aNewCardOnItsWayGivesTheAccountATemporaryCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500),
                        new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), null))
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL)
                .expectEvents(temporaryIssued());
    }

    @Test
    void anAccountWhoseCardWorksGetsNoTemporaryCard() {
        rejectedWith(fixture.givenCurrentTime(NOW).andGiven(opened(), issued())
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL), RejectionCode.TEMPORARY_CARD_NOT_NEEDED);
    }

    @Test
    void aBlockedAccountGetsNoTemporaryCard() {
        rejectedWith(fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(),
                        new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL), RejectionCode.ACCOUNT_BLOCKED);
    }

    @Test
    void askingAgainShowsTheLiveTemporaryCardAndIssuesNoOther() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(), temporaryIssued())
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL)
                .expectNoEvents()
                .expectResultMessagePayload(new TemporaryCard(ACCOUNT, CODE, EXPIRES));
    }

    @Test
    void anExpiredTemporaryCardIsFollowedByANewOneOnRequest() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(), temporaryIssued())
                .andGivenCurrentTime(EXPIRES.plusSeconds(1))
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL)
                .expectEvents(new TemporaryCardIssued(ACCOUNT, TEMPORARY, EXPIRES.plusSeconds(1).plus(Duration.ofDays(3))));
    }

    @Test
    void withThePartSwitchedOffNoTemporaryCardIsIssued() {
        rejectedWith(fixture(SchemeParts.allBut(SchemePart.TEMPORARY_CARD)).givenCurrentTime(NOW)
                .andGiven(opened(), issued(), lost())
                .when(new IssueTemporaryCard(ACCOUNT), PORTAL), RejectionCode.PART_SWITCHED_OFF);
    }

    @Test
    void theTillChargesTheLiveTemporaryCardAndRecordsItsId() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(), temporaryIssued())
                .when(purchaseWith(TEMPORARY))
                .expectEvents(new PurchaseMade(ACCOUNT, "p1", TEMPORARY, SCHOOL, TILL, UnitKind.SCHOOL,
                        List.of(OSTEHAPS), Money.ofOre(300), Money.ofOre(6200), "fp-p1"));
    }

    @Test
    void theLostCardItselfIsStillDeclinedWhileTheTemporaryCardWorks() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(), temporaryIssued())
                .when(purchaseWith(CARD))
                .expectResultMessagePayload(new PurchaseOutcome.Declined("p1", DeclineReason.CARD_BLOCKED));
    }

    @Test
    void anExpiredTemporaryCardIsDeclined() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(), temporaryIssued())
                .andGivenCurrentTime(EXPIRES)
                .when(purchaseWith(TEMPORARY))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", TEMPORARY, SCHOOL, TILL, Money.ofOre(300),
                        DeclineReason.TEMPORARY_CARD_EXPIRED));
    }

    @Test
    void aRevokedTemporaryCardIsDeclined() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(), temporaryIssued(),
                        new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.REVOKED))
                .when(purchaseWith(TEMPORARY))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", TEMPORARY, SCHOOL, TILL, Money.ofOre(300),
                        DeclineReason.TEMPORARY_CARD_REVOKED));
    }

    @Test
    void aTemporaryCardIdTheAccountNeverIssuedIsDeclinedAsInvalid() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost())
                .when(purchaseWith(TEMPORARY))
                .expectResultMessagePayload(new PurchaseOutcome.Declined("p1", DeclineReason.TEMPORARY_CARD_INVALID));
    }

    @Test
    void theCitizenRevokesTheTemporaryCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(), temporaryIssued())
                .when(new RevokeTemporaryCard(ACCOUNT), PORTAL)
                .expectEvents(new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.REVOKED));
    }

    @Test
    void revokingWithoutALiveTemporaryCardChangesNothing() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(), temporaryIssued(),
                        new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.REVOKED))
                .when(new RevokeTemporaryCard(ACCOUNT), PORTAL)
                .expectNoEvents();
    }

    @Test
    void theNewCardProducedEndsTheTemporaryCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(),
                        new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), null),
                        temporaryIssued())
                .when(new ProduceReplacementCard(ACCOUNT, "o1"), STAFF)
                .expectEvents(new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD),
                        new CardUnblocked(ACCOUNT, NEW_CARD, UnblockCause.REPLACEMENT_CARD_PRODUCED),
                        new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.NEW_CARD_PRODUCED));
    }

    @Test
    void blockingTheAccountEndsTheTemporaryCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(), temporaryIssued())
                .when(new BlockAccount(ACCOUNT, "misbrug"), STAFF)
                .expectEvents(new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF),
                        new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.ACCOUNT_BLOCKED));
    }

    @Test
    void activatingTheFoundCardEndsTheTemporaryCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), lost(), temporaryIssued())
                .when(new UnblockCard(ACCOUNT), PORTAL)
                .expectEvents(new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED),
                        new TemporaryCardRevoked(ACCOUNT, TEMPORARY, TemporaryCardEnd.CARD_ACTIVE_AGAIN));
    }

    @Test
    void activatingTheOldCardWhileANewOneIsOnItsWayKeepsTheTemporaryCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(),
                        new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), null),
                        temporaryIssued())
                .when(new UnblockCard(ACCOUNT), PORTAL)
                .expectEvents(new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED));
    }
}
