package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.PORTAL;
import static dk.kantinekort.command.account.CardAccountTest.SCHOOL;
import static dk.kantinekort.command.account.CardAccountTest.STAFF;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;
import static dk.kantinekort.command.account.TemporaryCardTest.NOW;
import static dk.kantinekort.command.account.TemporaryCardTest.lost;
import static dk.kantinekort.command.account.TemporaryCardTest.purchaseWith;

import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.BlockAccount;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.UnblockAccount;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.webshop.ChargeWebshopOrder;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lost card is blocked as a card; the account and its money stay usable. Blocking the account (staff) stops
 * everything, as F10 says (decision record 21).
 */
class CardBlockAndAccountBlockTest {

    AggregateTestFixture<CardAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = TemporaryCardTest.fixture(SchemeParts.allOn());
    }

    static AccountBlocked accountBlocked() {
        return new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF);
    }

    @Test
    void spærKortBlocksTheCardAndNotTheAccount() {
        fixture.given(opened(), issued())
                .when(new BlockCard(ACCOUNT, null), PORTAL)
                .expectEvents(new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.CITIZEN));
    }

    @Test
    void theTillDeclinesABlockedCard() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost())
                .when(purchaseWith(CARD))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, CardAccountTest.TILL,
                        Money.ofOre(300), DeclineReason.CARD_BLOCKED));
    }

    @Test
    void anAccountWhoseCardIsBlockedStillTakesDeposits() {
        fixture.given(opened(), issued(), lost())
                .when(new DepositMoney(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null))
                .expectEvents(new MoneyDeposited(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null, null,
                        Money.ofOre(5000)));
    }

    @Test
    void anAccountWhoseCardIsBlockedStillPaysWebshopOrdersAndTopsUp() {
        fixture.given(opened(), issued(), deposited(6500, 6500), lost())
                .when(new ChargeWebshopOrder(ACCOUNT, "order-1", SCHOOL, Money.ofOre(3500)))
                .expectEvents(new WebshopOrderCharged(ACCOUNT, "order-1", SCHOOL, Money.ofOre(3500),
                        Money.ofOre(3000)));
        fixture.given(opened(), issued(), lost())
                .when(new CheckCanteenCardUsable(ACCOUNT))
                .expectResultMessagePayload(true);
    }

    @Test
    void aBlockedAccountDeclinesItsCardAtTheTillAsAccountBlocked() {
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), accountBlocked())
                .when(purchaseWith(CARD))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, CardAccountTest.TILL,
                        Money.ofOre(300), DeclineReason.ACCOUNT_BLOCKED));
    }

    @Test
    void aBlockedAccountTakesNoDeposits() {
        rejectedWith(fixture.given(opened(), issued(), accountBlocked())
                .when(new DepositMoney(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null)),
                RejectionCode.ACCOUNT_BLOCKED);
    }

    @Test
    void staffBlockTheAccountWithTheirReasonSealed() {
        fixture.given(opened(), issued())
                .when(new BlockAccount(ACCOUNT, "misbrug"), STAFF)
                .expectEvents(accountBlocked());
    }

    @Test
    void blockingABlockedAccountChangesNothing() {
        fixture.given(opened(), issued(), accountBlocked())
                .when(new BlockAccount(ACCOUNT, "igen"), STAFF)
                .expectNoEvents();
    }

    @Test
    void aCitizenCannotBlockTheWholeAccount() {
        rejectedWith(fixture.given(opened(), issued())
                .when(new BlockAccount(ACCOUNT, null), PORTAL), RejectionCode.ACCESS_DENIED);
    }

    @Test
    void aCitizenCannotLiftTheAccountsBlock() {
        rejectedWith(fixture.given(opened(), issued(), accountBlocked())
                .when(new UnblockAccount(ACCOUNT), PORTAL), RejectionCode.ACCOUNT_BLOCKED_BY_STAFF);
    }

    @Test
    void liftingTheAccountsBlockLeavesALostCardBlocked() {
        fixture.given(opened(), issued(), lost(), accountBlocked())
                .when(new UnblockAccount(ACCOUNT), STAFF)
                .expectEvents(new AccountUnblocked(ACCOUNT));
        fixture.givenCurrentTime(NOW).andGiven(opened(), issued(), deposited(6500, 6500), lost(), accountBlocked(),
                        new AccountUnblocked(ACCOUNT))
                .when(purchaseWith(CARD))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, CardAccountTest.TILL,
                        Money.ofOre(300), DeclineReason.CARD_BLOCKED));
    }
}
