package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.transfer.TransferCredited;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferMoney;
import dk.kantinekort.api.transfer.TransferReversed;
import dk.kantinekort.command.TestSeals;
import dk.kantinekort.command.access.AccountAccess;
import dk.kantinekort.command.transfer.CreditTransfer;
import dk.kantinekort.command.transfer.ReverseTransfer;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overfør: the rules the source and the destination account decide, one per test. */
class AccountTransfersTest {

    static final String CHILD = "acc-2";
    static final String STRANGER = "acc-9";
    /** The holder of acc-1, in the portal; may act on acc-1 and acc-2 (a child of theirs). */
    static final Map<String, String> PARENT = Metadata.of(Metadata.citizen("citizen-1"), Metadata.Channel.PORTAL, "c1");
    static final Map<String, String> PROCESS = Metadata.of(Metadata.system("transfers"), Metadata.Channel.SYSTEM, "c1");

    AggregateTestFixture<CardAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(SchemeParts.allOn());
    }

    static AggregateTestFixture<CardAccount> fixture(SchemeParts parts) {
        AggregateTestFixture<CardAccount> fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(TestSeals.vault());
        fixture.registerInjectableResource(parts);
        fixture.registerInjectableResource(new AccountAccess() {
            @Override
            public boolean mayActOn(String citizenId, String accountId) {
                return "citizen-1".equals(citizenId) && Set.of(ACCOUNT, CHILD).contains(accountId);
            }

            @Override
            public boolean exists(String accountId) {
                return Set.of(ACCOUNT, CHILD, STRANGER).contains(accountId);
            }
        });
        return fixture;
    }

    static TransferMoney transfer(String id, String to, long ore) {
        return new TransferMoney(ACCOUNT, id, to, Money.ofOre(ore));
    }

    static TransferDebited debited(String id, long ore, long after) {
        return new TransferDebited(ACCOUNT, id, CHILD, Money.ofOre(ore), Money.ofOre(after));
    }

    @Test
    void aTransferToAnAccountTheCitizenMayActOnDebitsTheSourceAtOnce() {
        fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-1", CHILD, 2_500), PARENT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(debited("t-1", 2_500, 7_500));
    }

    @Test
    void aLostCardBlockedAsACardDoesNotStopItsMoneyFromBeingTransferred() {
        fixture.given(opened(), issued(), deposited(10_000, 10_000),
                        new dk.kantinekort.api.account.CardBlocked(ACCOUNT, CARD, null, BlockOrigin.CITIZEN))
                .when(transfer("t-1", CHILD, 2_500), PARENT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(debited("t-1", 2_500, 7_500));
    }

    @Test
    void aDoubleClickWithTheSameTransferIdMovesTheMoneyOnce() {
        fixture.given(opened(), issued(), deposited(10_000, 10_000), debited("t-1", 2_500, 7_500))
                .when(transfer("t-1", CHILD, 2_500), PARENT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aTransferIdUsedForAnotherTransferIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000), debited("t-1", 2_500, 7_500))
                .when(transfer("t-1", CHILD, 3_000), PARENT), RejectionCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aTransferLargerThanTheBalanceIsRefusedAsInsufficientFunds() {
        rejectedWith(fixture.given(opened(), issued(), deposited(1_000, 1_000))
                .when(transfer("t-1", CHILD, 1_001), PARENT), RejectionCode.INSUFFICIENT_FUNDS);
    }

    @Test
    void nothingIsTransferredFromABlockedAccount() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000),
                        new AccountBlocked(ACCOUNT, null, BlockOrigin.STAFF))
                .when(transfer("t-1", CHILD, 1_000), PARENT), RejectionCode.ACCOUNT_BLOCKED);
    }

    @Test
    void aCitizenCannotTransferToAnAccountTheyMayNotActOn() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-1", STRANGER, 1_000), PARENT), RejectionCode.ACCESS_DENIED);
    }

    @Test
    void aCitizenCannotTransferToAnAccountThatDoesNotExistAndIsToldNothingMore() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-1", "acc-unknown", 1_000), PARENT), RejectionCode.ACCESS_DENIED);
    }

    @Test
    void aTransferToTheSameAccountIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-1", ACCOUNT, 1_000), PARENT), RejectionCode.SAME_ACCOUNT);
    }

    @Test
    void aTransferOfZeroOrLessIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-1", CHILD, 0), PARENT), RejectionCode.INVALID_REQUEST);
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-2", CHILD, -100), PARENT), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void aTransferOfMoreThanTheLargestDepositIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(500_000, 500_000), deposited(100_000, 600_000))
                .when(transfer("t-1", CHILD, 500_001), PARENT), RejectionCode.INVALID_REQUEST);
        fixture.given(opened(), issued(), deposited(500_000, 500_000), deposited(100_000, 600_000))
                .when(transfer("t-2", CHILD, 500_000), PARENT)
                .expectEvents(new TransferDebited(ACCOUNT, "t-2", CHILD, Money.ofOre(500_000), Money.ofOre(100_000)));
    }

    @Test
    void noTransferIsMadeWhileThePartIsSwitchedOff() {
        rejectedWith(fixture(SchemeParts.allBut(SchemePart.TRANSFERS))
                .given(opened(), issued(), deposited(10_000, 10_000))
                .when(transfer("t-1", CHILD, 1_000), PARENT), RejectionCode.PART_SWITCHED_OFF);
    }

    @Test
    void theDestinationIsCreditedOnce() {
        fixture.given(opened(), issued())
                .when(new CreditTransfer(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500)), PROCESS)
                .expectEvents(new TransferCredited(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500), Money.ofOre(2_500)));
        fixture.given(opened(), issued(),
                        new TransferCredited(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500), Money.ofOre(2_500)))
                .when(new CreditTransfer(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500)), PROCESS)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlockedDestinationRefusesTheCredit() {
        rejectedWith(fixture.given(opened(), issued(), new AccountBlocked(ACCOUNT, null, BlockOrigin.STAFF))
                .when(new CreditTransfer(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500)), PROCESS),
                RejectionCode.ACCOUNT_BLOCKED);
    }

    @Test
    void aDestinationRefusesACreditThatTakesItOverTheBalanceLimit() {
        rejectedWith(fixture.given(opened(), issued(), deposited(500_000, 500_000), deposited(500_000, 1_000_000),
                        deposited(500_000, 1_500_000), deposited(499_000, 1_999_000))
                .when(new CreditTransfer(ACCOUNT, "t-1", CHILD, Money.ofOre(1_001)), PROCESS),
                RejectionCode.BALANCE_LIMIT_EXCEEDED);
    }

    @Test
    void aRefusedCreditGivesTheDebitBackToTheSourceOnce() {
        fixture.given(opened(), issued(), deposited(10_000, 10_000), debited("t-1", 2_500, 7_500))
                .when(new ReverseTransfer(ACCOUNT, "t-1", RejectionCode.ACCOUNT_BLOCKED), PROCESS)
                .expectEvents(new TransferReversed(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500),
                        RejectionCode.ACCOUNT_BLOCKED, Money.ofOre(10_000)));
        fixture.given(opened(), issued(), deposited(10_000, 10_000), debited("t-1", 2_500, 7_500),
                        new TransferReversed(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500), RejectionCode.ACCOUNT_BLOCKED,
                                Money.ofOre(10_000)))
                .when(new ReverseTransfer(ACCOUNT, "t-1", RejectionCode.ACCOUNT_BLOCKED), PROCESS)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReversalComesBackEvenToASourceBlockedSinceTheDebit() {
        fixture.given(opened(), issued(), deposited(10_000, 10_000), debited("t-1", 2_500, 7_500),
                        new AccountBlocked(ACCOUNT, null, BlockOrigin.STAFF))
                .when(new ReverseTransfer(ACCOUNT, "t-1", RejectionCode.BALANCE_LIMIT_EXCEEDED), PROCESS)
                .expectEvents(new TransferReversed(ACCOUNT, "t-1", CHILD, Money.ofOre(2_500),
                        RejectionCode.BALANCE_LIMIT_EXCEEDED, Money.ofOre(10_000)));
    }

    @Test
    void onlyATransferSentFromThisAccountIsReversed() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000))
                .when(new ReverseTransfer(ACCOUNT, "t-x", RejectionCode.ACCOUNT_BLOCKED), PROCESS),
                RejectionCode.INVALID_REQUEST);
    }

    @Test
    void theBalanceAfterATransferCountsForTheNextPurchase() {
        rejectedWith(fixture.given(opened(), issued(), deposited(10_000, 10_000), debited("t-1", 9_000, 1_000))
                .when(transfer("t-2", CHILD, 1_500), PARENT), RejectionCode.INSUFFICIENT_FUNDS);
    }
}
