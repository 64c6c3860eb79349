package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.OSTEHAPS;
import static dk.kantinekort.command.account.CardAccountTest.SCHOOL;
import static dk.kantinekort.command.account.CardAccountTest.STAFF;
import static dk.kantinekort.command.account.CardAccountTest.TILL;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.schoolyear.AccountClosureScheduled;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CardAccountClosed;
import dk.kantinekort.api.schoolyear.CloseLeaverAccount;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.card.CardNumberIssuer;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.schoolyear.CloseScheduledAccount;
import dk.kantinekort.command.schoolyear.Siblings;
import dk.kantinekort.command.webshop.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Skoleår: the rules of closing a leaver's account (decision record 25). */
class LeaverClosingTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 25);
    static final SealedData NEMKONTO = sealed(AccountClosure.NEMKONTO_OF_RESPONSIBLE);

    AggregateTestFixture<CardAccount> fixture;
    Siblings siblings;

    @BeforeEach
    void setUp() {
        fixture = fixture(SchemeParts.allOn());
    }

    AggregateTestFixture<CardAccount> fixture(SchemeParts parts) {
        PersonalDataVault vault = dk.kantinekort.command.TestSeals.vault();
        CitizenDirectory citizens = Mockito.mock(CitizenDirectory.class);
        Mockito.when(citizens.ownerOf(ACCOUNT)).thenReturn(Optional.of("citizen-1"));
        siblings = Mockito.mock(Siblings.class);
        AggregateTestFixture<CardAccount> fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource((CardNumberIssuer) () -> CARD);
        fixture.registerInjectableResource(Mockito.mock(ContactDirectory.class));
        fixture.registerAnnotatedCommandHandler(new LeaverClosingHandler(fixture.getRepository(), citizens, siblings,
                vault, parts, MutableClock.at(TODAY)));
        return fixture;
    }

    static CloseLeaverAccount close(LocalDate on, BalanceDestination destination) {
        return new CloseLeaverAccount(ACCOUNT, "closure-1", on, destination, null);
    }

    static AccountClosureScheduled scheduled(LocalDate on, BalanceDestination destination) {
        return new AccountClosureScheduled(ACCOUNT, "closure-1", on, destination, null);
    }

    static List<Object> closedAccount() {
        return List.of(opened(), issued(), scheduled(TODAY, BalanceDestination.NONE),
                new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.STAFF),
                new CardAccountClosed(ACCOUNT, "closure-1", TODAY));
    }

    @Test
    void closingAnAccountWithABalanceIsRefusedUnlessAPayoutOrASiblingIsChosen() {
        rejectedWith(fixture.given(opened(), issued(), deposited(4_000, 4_000))
                .when(close(TODAY, BalanceDestination.NONE), STAFF), RejectionCode.BALANCE_REMAINING);
    }

    @Test
    void anEmptyAccountClosesTodayWithItsCardBlocked() {
        fixture.given(opened(), issued())
                .when(close(TODAY, BalanceDestination.NONE), STAFF)
                .expectEvents(scheduled(TODAY, BalanceDestination.NONE),
                        new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.STAFF),
                        new CardAccountClosed(ACCOUNT, "closure-1", TODAY));
    }

    @Test
    void aLeaversBalanceIsPaidOutToTheNemKontoOfThePersonResponsible() {
        fixture.given(opened(), issued(), deposited(4_000, 4_000))
                .when(close(TODAY, BalanceDestination.NEMKONTO), STAFF)
                .expectEvents(scheduled(TODAY, BalanceDestination.NEMKONTO),
                        new BalancePaidOut(ACCOUNT, "closure-closure-1", Money.ofOre(4_000), NEMKONTO, Money.ZERO),
                        new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.STAFF),
                        new CardAccountClosed(ACCOUNT, "closure-1", TODAY));
    }

    @Test
    void aClosureOnALaterDateIsOnlyScheduled_theCardKeepsWorkingUntilThen() {
        fixture.given(opened(), issued(), deposited(4_000, 4_000))
                .when(close(TODAY.plusDays(5), BalanceDestination.NEMKONTO), STAFF)
                .expectEvents(scheduled(TODAY.plusDays(5), BalanceDestination.NEMKONTO));
    }

    @Test
    void theScheduledDayClosesTheAccount_withTheBalanceAsItIsThen() {
        fixture.given(opened(), issued(), deposited(4_000, 4_000), scheduled(TODAY, BalanceDestination.NEMKONTO),
                        deposited(1_000, 5_000))
                .when(new CloseScheduledAccount(ACCOUNT, "closure-1"))
                .expectEvents(new BalancePaidOut(ACCOUNT, "closure-closure-1", Money.ofOre(5_000), NEMKONTO, Money.ZERO),
                        new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.STAFF),
                        new CardAccountClosed(ACCOUNT, "closure-1", TODAY));
    }

    @Test
    void aScheduledClosureWithoutAPayoutIsRefusedWhenMoneyArrivedMeanwhile() {
        rejectedWith(fixture.given(opened(), issued(), scheduled(TODAY, BalanceDestination.NONE),
                        deposited(1_000, 1_000))
                .when(new CloseScheduledAccount(ACCOUNT, "closure-1")), RejectionCode.BALANCE_REMAINING);
    }

    @Test
    void movingTheBalanceToASiblingNeedsASibling() {
        Mockito.when(siblings.accountsOf("citizen-1")).thenReturn(List.of());
        rejectedWith(fixture.given(opened(), issued(), deposited(4_000, 4_000))
                .when(close(TODAY, BalanceDestination.SIBLING), STAFF), RejectionCode.NO_SIBLING);
    }

    @Test
    void anAccountNamedAsTheSiblingMustBeTheResponsiblePersonsOtherChilds() {
        Mockito.when(siblings.accountsOf("citizen-1")).thenReturn(List.of("acc-sister"));
        rejectedWith(fixture.given(opened(), issued(), deposited(4_000, 4_000))
                .when(new CloseLeaverAccount(ACCOUNT, "closure-1", TODAY, BalanceDestination.SIBLING, "acc-stranger"),
                        STAFF), RejectionCode.NO_SIBLING);
    }

    @Test
    void closingAgainWithTheSameClosureChangesNothing() {
        fixture.given(closedAccount())
                .when(close(TODAY, BalanceDestination.NONE), STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClosedAccountRefusesDeposits() {
        rejectedWith(fixture.given(closedAccount())
                .when(new DepositMoney(ACCOUNT, "dep-1", Money.ofOre(5_000), DepositMethod.CASH, "kasse 1"), STAFF),
                RejectionCode.ACCOUNT_CLOSED);
    }

    @Test
    void aClosedAccountDeclinesPurchases() {
        fixture.given(closedAccount())
                .when(new MakePurchase(ACCOUNT, "p1", CARD, SCHOOL, TILL, UnitKind.SCHOOL, List.of(OSTEHAPS),
                        Money.ofOre(300), "fp-p1"))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, TILL, Money.ofOre(300),
                        DeclineReason.CARD_BLOCKED));
    }

    @Test
    void aClosedAccountsCardIsNotUnblockedEvenByStaff() {
        rejectedWith(fixture.given(closedAccount()).when(new UnblockCard(ACCOUNT), STAFF),
                RejectionCode.ACCOUNT_CLOSED);
    }

    @Test
    void aClosedAccountGetsNoNewCard() {
        rejectedWith(fixture.given(closedAccount()).when(new OrderReplacementCard(ACCOUNT, "order-1"), STAFF),
                RejectionCode.ACCOUNT_CLOSED);
    }

    @Test
    void aClosureThatWasNeverScheduledIsRefused() {
        rejectedWith(fixture.given(opened(), issued())
                        .when(new CloseScheduledAccount(ACCOUNT, "other")), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void nothingIsClosedWhileTheSchoolYearPartIsSwitchedOff() {
        rejectedWith(fixture(SchemeParts.allBut(SchemePart.SCHOOL_YEAR)).given(opened(), issued())
                .when(close(TODAY, BalanceDestination.NONE), STAFF), RejectionCode.INVALID_REQUEST);
    }
}
