package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.NEW_CARD;
import static dk.kantinekort.command.account.CardAccountTest.SCHOOL;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.webshop.ChargeWebshopOrder;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.api.webshop.RefundWebshopOrder;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import dk.kantinekort.command.card.CardNumberIssuer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A webshop order paid from the canteen card: charged once, refused when blocked or short, refunded at most once. */
class WebshopOnTheAccountTest {

    AggregateTestFixture<CardAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource((CardNumberIssuer) () -> NEW_CARD);
    }

    static WebshopOrderCharged charged(long ore, long after) {
        return new WebshopOrderCharged(ACCOUNT, "order-1", SCHOOL, Money.ofOre(ore), Money.ofOre(after));
    }

    @Test
    void anOrderIsPaidFromTheBalance() {
        fixture.given(opened(), issued(), deposited(20_000, 20_000))
                .when(new ChargeWebshopOrder(ACCOUNT, "order-1", SCHOOL, Money.ofOre(17_500)))
                .expectEvents(charged(17_500, 2_500))
                .expectResultMessagePayload(Money.ofOre(2_500));
    }

    @Test
    void anOrderIsChargedOnceHoweverOftenItIsSent() {
        fixture.given(opened(), issued(), deposited(20_000, 20_000), charged(17_500, 2_500))
                .when(new ChargeWebshopOrder(ACCOUNT, "order-1", SCHOOL, Money.ofOre(17_500)))
                .expectNoEvents();
    }

    @Test
    void anOrderTheBalanceDoesNotCoverIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(1_000, 1_000))
                .when(new ChargeWebshopOrder(ACCOUNT, "order-1", SCHOOL, Money.ofOre(3_500))),
                RejectionCode.INSUFFICIENT_FUNDS);
    }

    @Test
    void aBlockedAccountPaysNoOrderAndNoPaymentCardCharge() {
        rejectedWith(fixture.given(opened(), issued(), deposited(20_000, 20_000),
                        new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                .when(new ChargeWebshopOrder(ACCOUNT, "order-1", SCHOOL, Money.ofOre(3_500))),
                RejectionCode.ACCOUNT_BLOCKED);
        fixture.given(opened(), issued(), new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                .when(new CheckCanteenCardUsable(ACCOUNT))
                .expectResultMessagePayload(false);
    }

    @Test
    void cancelledLinesAreRefundedOnce() {
        WebshopOrderRefunded refunded = new WebshopOrderRefunded(ACCOUNT, "order-1", "order-1-cancellation-1", SCHOOL,
                Money.ofOre(7_000), Money.ofOre(9_500));
        fixture.given(opened(), issued(), deposited(20_000, 20_000), charged(17_500, 2_500))
                .when(new RefundWebshopOrder(ACCOUNT, "order-1", "order-1-cancellation-1", SCHOOL, Money.ofOre(7_000)))
                .expectEvents(refunded);
        fixture.given(opened(), issued(), deposited(20_000, 20_000), charged(17_500, 2_500), refunded)
                .when(new RefundWebshopOrder(ACCOUNT, "order-1", "order-1-cancellation-1", SCHOOL, Money.ofOre(7_000)))
                .expectNoEvents();
    }

    @Test
    void neverMoreIsRefundedThanIsLeftOfTheOrder() {
        rejectedWith(fixture.given(opened(), issued(), deposited(20_000, 20_000), charged(17_500, 2_500),
                        new WebshopOrderRefunded(ACCOUNT, "order-1", "order-1-cancellation-1", SCHOOL,
                                Money.ofOre(14_000), Money.ofOre(16_500)))
                .when(new RefundWebshopOrder(ACCOUNT, "order-1", "order-1-cancellation-2", SCHOOL, Money.ofOre(7_000))),
                RejectionCode.REFUND_EXCEEDS_PURCHASE);
    }
}
