package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.MAELK;
import static dk.kantinekort.command.account.CardAccountTest.NEW_CARD;
import static dk.kantinekort.command.account.CardAccountTest.OSTEHAPS;
import static dk.kantinekort.command.account.CardAccountTest.SCHOOL;
import static dk.kantinekort.command.account.CardAccountTest.TILL;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleResult;
import dk.kantinekort.command.TestSeals;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger's rules for sales tills made offline (issue 20, decision record 23). */
class OfflineSalesTest {

    static final Money LIMIT = Money.ofOre(7500);

    AggregateTestFixture<CardAccount> fixture;
    Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(TestSeals.vault());
        now = fixture.currentTime();
    }

    static OfflineSale sale(String id, Instant soldAt, PurchaseLine line) {
        return new OfflineSale(id, CARD, soldAt, List.of(line), line.lineTotal(), "fp-" + id);
    }

    static BookOfflineSale book(OfflineSale sale) {
        return new BookOfflineSale(ACCOUNT, sale, SCHOOL, TILL, UnitKind.SCHOOL, LIMIT);
    }

    static OfflineSaleBooked booked(OfflineSale sale, long after, OfflineSaleFlag... flags) {
        return bookedWithCard(sale, sale.cardNumber(), after, flags);
    }

    static OfflineSaleBooked bookedWithCard(OfflineSale sale, CardNumber card, long after, OfflineSaleFlag... flags) {
        Set<OfflineSaleFlag> set = flags.length == 0 ? EnumSet.noneOf(OfflineSaleFlag.class)
                : EnumSet.copyOf(List.of(flags));
        return new OfflineSaleBooked(ACCOUNT, sale.saleId(), card, SCHOOL, TILL, UnitKind.SCHOOL, sale.lines(),
                sale.total(), sale.soldAt(), Money.ofOre(after), set, sale.requestFingerprint());
    }

    static PurchaseLine lunch(long ore) {
        return new PurchaseLine("FROKOST", "Frokost", 1, Money.ofOre(ore));
    }

    @Test
    void anOfflineSaleCoveredByTheBalanceIsBookedAtTheTimeItWasSold() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), OSTEHAPS);
        fixture.given(opened(), issued(), deposited(5000, 5000))
                .when(book(sale))
                .expectEvents(booked(sale, 4700))
                .expectResultMessagePayload(OfflineSaleResult.booked("s1", Money.ofOre(4700), Set.of(), false));
    }

    @Test
    void anOfflineSaleUploadedTwiceIsBookedExactlyOnceAndTheSecondUploadGetsTheFirstAnswer() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), OSTEHAPS);
        fixture.given(opened(), issued(), deposited(5000, 5000), booked(sale, 4700))
                .when(book(sale))
                .expectNoEvents()
                .expectResultMessagePayload(OfflineSaleResult.booked("s1", Money.ofOre(4700), Set.of(), true));
    }

    @Test
    void anOfflineSaleKeyReusedForAnotherSaleIsRefusedAndNothingIsBooked() {
        OfflineSale first = sale("s1", now.minus(Duration.ofMinutes(30)), OSTEHAPS);
        OfflineSale other = new OfflineSale("s1", CARD, first.soldAt(), List.of(MAELK), MAELK.lineTotal(), "fp-other");
        rejectedWith(fixture.given(opened(), issued(), deposited(5000, 5000), booked(first, 4700))
                .when(book(other)), RejectionCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void anOfflineSaleThatTheBalanceDoesNotCoverIsBookedAnywayAndLeavesADebt() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), lunch(3500));
        fixture.given(opened(), issued(), deposited(2000, 2000))
                .when(book(sale))
                .expectEvents(booked(sale, -1500, OfflineSaleFlag.LEFT_DEBT))
                .expectResultMessagePayload(OfflineSaleResult.booked("s1", Money.ofOre(-1500),
                        Set.of(OfflineSaleFlag.LEFT_DEBT), false));
    }

    @Test
    void theNextDepositSettlesTheDebtFirstAndOnlyTheRestIsSpendable() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), lunch(3500));
        fixture.given(opened(), issued(), deposited(2000, 2000), booked(sale, -1500, OfflineSaleFlag.LEFT_DEBT))
                .when(new DepositMoney(ACCOUNT, "d2", Money.ofOre(5000), DepositMethod.CASH, null))
                .expectEvents(new MoneyDeposited(ACCOUNT, "d2", Money.ofOre(5000), DepositMethod.CASH, null, null,
                        Money.ofOre(3500)))
                .expectResultMessagePayload(Money.ofOre(3500));
    }

    @Test
    void aTillPurchaseOnlineIsDeclinedWhileTheOfflineDebtIsOpen() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), lunch(3500));
        fixture.given(opened(), issued(), deposited(2000, 2000), booked(sale, -1500, OfflineSaleFlag.LEFT_DEBT))
                .when(CardAccountTest.purchase("p1", List.of(OSTEHAPS), 300))
                .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, TILL, Money.ofOre(300),
                        DeclineReason.INSUFFICIENT_FUNDS))
                .expectResultMessagePayload(new PurchaseOutcome.Declined("p1", DeclineReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void anOfflineSaleMadeAfterTheLedgerBookedAnOpenDebtIsBookedAndFlaggedForStaff() {
        OfflineSale first = sale("s1", now.minus(Duration.ofHours(2)), lunch(3500));
        OfflineSale second = sale("s2", now.plus(Duration.ofMinutes(10)), OSTEHAPS);
        fixture.given(opened(), issued(), deposited(2000, 2000), booked(first, -1500, OfflineSaleFlag.LEFT_DEBT))
                .when(book(second))
                .expectEvents(booked(second, -1800, OfflineSaleFlag.OPEN_DEBT, OfflineSaleFlag.LEFT_DEBT));
    }

    @Test
    void aSecondOfflineSaleOfTheSameOutageIsNotBlamedForADebtTheTillCouldNotKnow() {
        OfflineSale first = sale("s1", now.minus(Duration.ofHours(2)), lunch(3500));
        OfflineSale second = sale("s2", now.minus(Duration.ofHours(1)), OSTEHAPS);
        fixture.given(opened(), issued(), deposited(2000, 2000), booked(first, -1500, OfflineSaleFlag.LEFT_DEBT))
                .when(book(second))
                .expectEvents(booked(second, -1800, OfflineSaleFlag.LEFT_DEBT));
    }

    @Test
    void offlineSalesOfOneCardOverTheDailyLimitAreBookedAndFlaggedForStaff() {
        OfflineSale first = sale("s1", Instant.parse("2026-12-01T10:40:00Z"), lunch(5000));
        OfflineSale second = sale("s2", Instant.parse("2026-12-01T11:20:00Z"), lunch(3000));
        fixture.given(opened(), issued(), deposited(20000, 20000), booked(first, 15000))
                .when(book(second))
                .expectEvents(booked(second, 12000, OfflineSaleFlag.OVER_DAILY_LIMIT));
    }

    @Test
    void offlineSalesUpToTheDailyLimitAreNotFlagged() {
        OfflineSale first = sale("s1", Instant.parse("2026-12-01T10:40:00Z"), lunch(5000));
        OfflineSale second = sale("s2", Instant.parse("2026-12-01T11:20:00Z"), lunch(2500));
        fixture.given(opened(), issued(), deposited(20000, 20000), booked(first, 15000))
                .when(book(second))
                .expectEvents(booked(second, 12500));
    }

    @Test
    void theDailyLimitCountsEachCopenhagenDayApart() {
        // 22:50 UTC on 1 December is 23:50 in Copenhagen; 23:10 UTC is already 2 December there
        OfflineSale yesterday = sale("s1", Instant.parse("2026-12-01T22:50:00Z"), lunch(5000));
        OfflineSale today = sale("s2", Instant.parse("2026-12-01T23:10:00Z"), lunch(5000));
        fixture.given(opened(), issued(), deposited(20000, 20000), booked(yesterday, 15000))
                .when(book(today))
                .expectEvents(booked(today, 10000));
    }

    @Test
    void anOfflineSaleWithABlockedCardIsBookedAndFlagged() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), OSTEHAPS);
        fixture.given(opened(), issued(), deposited(5000, 5000),
                        new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.CITIZEN))
                .when(book(sale))
                .expectEvents(booked(sale, 4700, OfflineSaleFlag.CARD_BLOCKED));
    }

    @Test
    void anOfflineSaleWithAReplacedCardIsBookedOnItsAccountAndFlagged() {
        OfflineSale sale = sale("s1", now.minus(Duration.ofMinutes(30)), OSTEHAPS);
        fixture.given(opened(), issued(), deposited(5000, 5000),
                        new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD))
                .when(book(sale))
                .expectEvents(booked(sale, 4700, OfflineSaleFlag.CARD_REPLACED));
    }

    @Test
    void aMalformedOfflineSaleIsRefusedAndNothingIsBooked() {
        OfflineSale wrongTotal = new OfflineSale("s1", CARD, now, List.of(OSTEHAPS), Money.ofOre(999), "fp");
        rejectedWith(fixture.given(opened(), issued(), deposited(5000, 5000)).when(book(wrongTotal)),
                RejectionCode.INVALID_REQUEST);
    }
}
