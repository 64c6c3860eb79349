package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AllowedUnitsChanged;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.ChargeFee;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.OpenCardAccount;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PayOutBalance;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.account.RefundReceipt;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnblockCause;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.command.card.CardNumberIssuer;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.Map;
import java.util.Optional;
import org.mockito.Mockito;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CardAccountTest {

    static final String ACCOUNT = "acc-1";
    static final CardNumber CARD = CardNumber.parse("1562265116");
    static final CardNumber NEW_CARD = CardNumber.parse("2000000001");
    static final String SCHOOL = "place-skole";
    static final String TILL = "till-1";
    static final Set<UnitKind> ALL = EnumSet.allOf(UnitKind.class);
    static final PurchaseLine OSTEHAPS = new PurchaseLine("OST", "Ostehaps", 1, Money.ofOre(300));
    static final PurchaseLine MAELK = new PurchaseLine("MLK", "Mælk", 2, Money.ofOre(650));

    static final String HOME = "Søborg Hovedgade 1, 2860 Søborg";
    static final SealedData ADDRESS = new SealedData("citizen-1", "iv", "sealed-address");
    static final SealedData KASSE_3 = new SealedData("citizen-1", "iv", "sealed-kasse-3");
    static final SealedData SCHOOL_CARD_NAME = new SealedData("citizen-1", "iv", "sealed-name");
    /** A command as it comes from the portal, sent by the card holder. */
    static final Map<String, String> PORTAL = Metadata.of(Metadata.citizen("citizen-1"), Metadata.Channel.PORTAL, "c1");
    /** A command as staff send it from the back office. */
    static final Map<String, String> STAFF = Metadata.of(Metadata.admin("admin"), Metadata.Channel.ADMIN_API, "c2");

    AggregateTestFixture<CardAccount> fixture;
    ContactDirectory contacts;

    @BeforeEach
    void setUp() {
        contacts = Mockito.mock(ContactDirectory.class);
        Mockito.when(contacts.postalAddress("citizen-1")).thenReturn(Optional.of(HOME));
        PersonalDataVault vault = dk.kantinekort.command.TestSeals.vault();
        Mockito.when(vault.seal("citizen-1", HOME)).thenReturn(ADDRESS);
        Mockito.when(vault.seal("citizen-1", "kasse 3")).thenReturn(KASSE_3);
        Mockito.when(vault.seal("citizen-1", "Skolekort")).thenReturn(SCHOOL_CARD_NAME);
        fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource((CardNumberIssuer) () -> NEW_CARD);
        fixture.registerInjectableResource(contacts);
        fixture.registerInjectableResource(vault);
    }

    static CardAccountOpened opened() {
        return new CardAccountOpened(ACCOUNT, "citizen-1", null, ALL);
    }

    static CardIssued issued() {
        return new CardIssued(ACCOUNT, CARD);
    }

    static MoneyDeposited deposited(long ore, long after) {
        return new MoneyDeposited(ACCOUNT, "dep-" + after, Money.ofOre(ore), DepositMethod.CASH, null, null,
                Money.ofOre(after));
    }

    static MakePurchase purchase(String id, List<PurchaseLine> lines, long total) {
        return new MakePurchase(ACCOUNT, id, CARD, SCHOOL, TILL, UnitKind.SCHOOL, lines, Money.ofOre(total), "fp-" + id);
    }

    static PurchaseMade purchased(String id, List<PurchaseLine> lines, long total, long after) {
        return new PurchaseMade(ACCOUNT, id, CARD, SCHOOL, TILL, UnitKind.SCHOOL, lines, Money.ofOre(total),
                Money.ofOre(after), "fp-" + id);
    }

    static void rejectedWith(ResultValidator<CardAccount> result, RejectionCode code) {
        result.expectException(RejectedException.class)
                .expectExceptionDetails(org.axonframework.test.matchers.Matchers.predicate(
                        details -> details instanceof Rejection r && r.code() == code))
                .expectNoEvents();
    }

    @Test
    void openingAnAccountIssuesItsFirstCardWithAZeroBalance() {
        fixture.givenNoPriorActivity()
                .when(new OpenCardAccount(ACCOUNT, "citizen-1", null, CARD, Set.of()))
                .expectEvents(opened(), issued());
    }

    @Test
    void aNameGivenToAnAccountIsSealedWithTheCitizensKeyAndNoNameIsWordedByTheReadSide() {
        fixture.givenNoPriorActivity()
                .when(new OpenCardAccount(ACCOUNT, "citizen-1", "Skolekort", CARD, Set.of()))
                .expectEvents(new CardAccountOpened(ACCOUNT, "citizen-1", SCHOOL_CARD_NAME, ALL), issued());
    }

    @Nested
    class Purchases {

        @Test
        void purchaseCoveredByTheBalanceIsChargedAndAnswersTheBalanceAfter() {
            fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectEvents(purchased("p1", List.of(OSTEHAPS), 300, 6200))
                    .expectResultMessagePayload(new PurchaseOutcome.Approved("p1", ACCOUNT, CARD, Money.ofOre(300),
                            Money.ofOre(6200), false, false));
        }

        @Test
        void purchaseMayEmptyTheBalanceToExactlyZero() {
            fixture.given(opened(), issued(), deposited(300, 300))
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectEvents(purchased("p1", List.of(OSTEHAPS), 300, 0));
        }

        @Test
        void purchaseAboveTheBalanceIsDeclinedWithInsufficientFundsAndChargesNothing() {
            fixture.given(opened(), issued(), deposited(1000, 1000))
                    .when(purchase("p1", List.of(MAELK), 1300))
                    .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, TILL, Money.ofOre(1300),
                            DeclineReason.INSUFFICIENT_FUNDS))
                    .expectResultMessagePayload(new PurchaseOutcome.Declined("p1", DeclineReason.INSUFFICIENT_FUNDS));
        }

        @Test
        void purchaseOnABlockedCardIsDeclinedWithCardBlocked() {
            fixture.given(opened(), issued(), deposited(6500, 6500), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, TILL, Money.ofOre(300),
                            DeclineReason.CARD_BLOCKED));
        }

        @Test
        void purchaseAtAUnitKindNotAllowedIsDeclinedWithUnitNotAllowed() {
            fixture.given(opened(), issued(), deposited(6500, 6500),
                            new AllowedUnitsChanged(ACCOUNT, EnumSet.of(UnitKind.CINEMA)))
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, TILL, Money.ofOre(300),
                            DeclineReason.UNIT_NOT_ALLOWED));
        }

        @Test
        void purchaseWithTheOldCardAfterAReplacementIsDeclinedWithCardReplaced() {
            fixture.given(opened(), issued(), deposited(6500, 6500),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS),
                            new FeeCharged(ACCOUNT, "replacement-o1", Money.ofKroner(25), FeeKind.REPLACEMENT_CARD, "o1", Money.ofOre(4000)),
                            new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD))
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", CARD, SCHOOL, TILL, Money.ofOre(300),
                            DeclineReason.CARD_REPLACED));
        }

        @Test
        void purchaseWithAReplacementCardNotYetProducedIsDeclinedWithCardUnknown() {
            fixture.given(opened(), issued(), deposited(6500, 6500),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS))
                    .when(new MakePurchase(ACCOUNT, "p1", NEW_CARD, SCHOOL, TILL, UnitKind.SCHOOL, List.of(OSTEHAPS),
                            Money.ofOre(300), "fp"))
                    .expectEvents(new PurchaseDeclined(ACCOUNT, "p1", NEW_CARD, SCHOOL, TILL, Money.ofOre(300),
                            DeclineReason.CARD_UNKNOWN));
        }

        @Test
        void repeatedPurchaseWithTheSameKeyAndBodyReplaysTheFirstAnswerWithoutChargingAgain() {
            fixture.given(opened(), issued(), deposited(6500, 6500), purchased("p1", List.of(OSTEHAPS), 300, 6200),
                            purchased("p2", List.of(OSTEHAPS), 300, 5900))
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectNoEvents()
                    .expectResultMessagePayload(new PurchaseOutcome.Approved("p1", ACCOUNT, CARD, Money.ofOre(300),
                            Money.ofOre(6200), false, true));
        }

        @Test
        void sameKeyWithAnotherBodyIsRejectedAsKeyReused() {
            fixture.given(opened(), issued(), deposited(6500, 6500), purchased("p1", List.of(OSTEHAPS), 300, 6200));
            MakePurchase other = new MakePurchase(ACCOUNT, "p1", CARD, SCHOOL, TILL, UnitKind.SCHOOL, List.of(MAELK),
                    Money.ofOre(1300), "another-fingerprint");
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500),
                    purchased("p1", List.of(OSTEHAPS), 300, 6200)).when(other), RejectionCode.IDEMPOTENCY_KEY_REUSED);
        }

        @Test
        void totalThatIsNotTheSumOfTheLinesIsRejectedAsInvalid() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(purchase("p1", List.of(OSTEHAPS), 299)), RejectionCode.INVALID_REQUEST);
        }

        @Test
        void zeroQuantityIsRejectedAsInvalid() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(purchase("p1", List.of(new PurchaseLine("OST", "Ostehaps", 0, Money.ofOre(300))), 0)),
                    RejectionCode.INVALID_REQUEST);
        }

        @Test
        void negativeUnitPriceIsRejectedAsInvalid() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(purchase("p1", List.of(new PurchaseLine("OST", "Ostehaps", 1, Money.ofOre(-300))), -300)),
                    RejectionCode.INVALID_REQUEST);
        }

        @Test
        void purchaseAboveTheUpperBoundIsRejectedAsInvalid() {
            PurchaseLine tv = new PurchaseLine("TV", "Fjernsyn", 1, Money.ofKroner(2_001));
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(purchase("p1", List.of(tv), 200_100)), RejectionCode.INVALID_REQUEST);
        }

        @Test
        void purchaseWithoutLinesIsRejectedAsInvalid() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(purchase("p1", List.of(), 0)), RejectionCode.INVALID_REQUEST);
        }
    }

    @Nested
    class Refunds {

        PurchaseMade bought = purchased("p1", List.of(OSTEHAPS, MAELK), 1600, 4900);

        RefundPurchase refund(String id, Money amount, List<RefundLine> lines) {
            return new RefundPurchase(ACCOUNT, id, "p1", SCHOOL, TILL, amount, lines, "fp-" + id);
        }

        @Test
        void wholeRefundPutsTheAmountBackOnTheAccount() {
            fixture.given(opened(), issued(), deposited(6500, 6500), bought)
                    .when(refund("r1", Money.ofOre(1600), null))
                    .expectEvents(new PurchaseRefunded(ACCOUNT, "r1", "p1", SCHOOL, TILL, Money.ofOre(1600), null,
                            Money.ofOre(6500), "fp-r1"))
                    .expectResultMessagePayload(new RefundReceipt("r1", "p1", ACCOUNT, Money.ofOre(1600),
                            Money.ofOre(6500), false));
        }

        @Test
        void refundOfLinesIsValuedAtTheirPurchasePrice() {
            List<RefundLine> oneMilk = List.of(new RefundLine("MLK", 1));
            fixture.given(opened(), issued(), deposited(6500, 6500), bought)
                    .when(refund("r1", null, oneMilk))
                    .expectEvents(new PurchaseRefunded(ACCOUNT, "r1", "p1", SCHOOL, TILL, Money.ofOre(650), oneMilk,
                            Money.ofOre(5550), "fp-r1"));
        }

        @Test
        void refundingMoreThanIsLeftOfThePurchaseIsRejected() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500), bought,
                            new PurchaseRefunded(ACCOUNT, "r1", "p1", SCHOOL, TILL, Money.ofOre(1000), null,
                                    Money.ofOre(5900), "fp-r1"))
                    .when(refund("r2", Money.ofOre(601), null)), RejectionCode.REFUND_EXCEEDS_PURCHASE);
        }

        @Test
        void refundingALineMoreTimesThanItWasBoughtIsRejected() {
            List<RefundLine> milk = List.of(new RefundLine("MLK", 1));
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500), bought,
                            new PurchaseRefunded(ACCOUNT, "r1", "p1", SCHOOL, TILL, Money.ofOre(1300),
                                    List.of(new RefundLine("MLK", 2)), Money.ofOre(6200), "fp-r1"))
                    .when(refund("r2", null, milk)), RejectionCode.REFUND_EXCEEDS_PURCHASE);
        }

        @Test
        void refundByATillOfAnotherPlaceIsRejected() {
            RefundPurchase elsewhere = new RefundPurchase(ACCOUNT, "r1", "p1", "place-bio", "till-9",
                    Money.ofOre(300), null, "fp");
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500), bought).when(elsewhere),
                    RejectionCode.WRONG_PLACE);
        }

        @Test
        void refundOfAnUnknownPurchaseIsRejected() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(refund("r1", Money.ofOre(300), null)), RejectionCode.PURCHASE_NOT_FOUND);
        }

        @Test
        void repeatedRefundWithTheSameKeyIsReplayedNotPaidTwice() {
            fixture.given(opened(), issued(), deposited(6500, 6500), bought,
                            new PurchaseRefunded(ACCOUNT, "r1", "p1", SCHOOL, TILL, Money.ofOre(300), null,
                                    Money.ofOre(5200), "fp-r1"))
                    .when(refund("r1", Money.ofOre(300), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new RefundReceipt("r1", "p1", ACCOUNT, Money.ofOre(300),
                            Money.ofOre(5200), true));
        }

        @Test
        void refundOfZeroIsRejectedAsInvalid() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500), bought)
                    .when(refund("r1", Money.ZERO, null)), RejectionCode.INVALID_REQUEST);
        }
    }

    @Nested
    class Deposits {

        @Test
        void depositRaisesTheBalanceAndSealsTheCallersReferenceWithTheHoldersKey() {
            fixture.given(opened(), issued(), deposited(1000, 1000))
                    .when(new DepositMoney(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, " kasse 3 "))
                    .expectEvents(new MoneyDeposited(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null,
                            KASSE_3, Money.ofOre(6000)))
                    .expectResultMessagePayload(Money.ofOre(6000));
        }

        @Test
        void depositToABlockedAccountIsRefused() {
            rejectedWith(fixture.given(opened(), issued(), new dk.kantinekort.api.account.AccountBlocked(ACCOUNT,
                            sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new DepositMoney(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null)),
                    RejectionCode.ACCOUNT_BLOCKED);
        }

        @Test
        void repeatedDepositIdIsAppliedOnce() {
            fixture.given(opened(), issued(),
                            new MoneyDeposited(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null, null,
                                    Money.ofOre(5000)))
                    .when(new DepositMoney(ACCOUNT, "d1", Money.ofOre(5000), DepositMethod.CASH, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(Money.ofOre(5000));
        }

        @Test
        void nonPositiveDepositIsRejected() {
            rejectedWith(fixture.given(opened(), issued())
                    .when(new DepositMoney(ACCOUNT, "d1", Money.ofOre(-5), DepositMethod.CASH, null)),
                    RejectionCode.INVALID_REQUEST);
        }

        @Test
        void depositAboveTheUpperBoundIsRejected() {
            rejectedWith(fixture.given(opened(), issued())
                    .when(new DepositMoney(ACCOUNT, "d1", Money.ofKroner(5_001), DepositMethod.CASH, null)),
                    RejectionCode.INVALID_REQUEST);
        }

        @Test
        void depositThatWouldExceedTheBalanceLimitIsRejected() {
            rejectedWith(fixture.given(opened(), issued(), deposited(1_999_000, 1_999_000))
                    .when(new DepositMoney(ACCOUNT, "d1", Money.ofKroner(100), DepositMethod.CASH, null)),
                    RejectionCode.BALANCE_LIMIT_EXCEEDED);
        }
    }

    @Nested
    class FeesAndPayouts {

        @Test
        void feeIsTakenFromTheBalance() {
            fixture.given(opened(), issued(), deposited(1000, 1000))
                    .when(new ChargeFee(ACCOUNT, "f1", Money.ofOre(150), FeeKind.TRANSACTION))
                    .expectEvents(new FeeCharged(ACCOUNT, "f1", Money.ofOre(150), FeeKind.TRANSACTION, null,
                            Money.ofOre(850)));
        }

        @Test
        void feeAboveTheBalanceIsRefusedSoTheBalanceNeverGoesNegative() {
            rejectedWith(fixture.given(opened(), issued(), deposited(100, 100))
                    .when(new ChargeFee(ACCOUNT, "f1", Money.ofOre(150), FeeKind.TRANSACTION)),
                    RejectionCode.INSUFFICIENT_FUNDS);
        }

        @Test
        void payoutEmptiesTheBalance() {
            fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(new PayOutBalance(ACCOUNT, "u1", "1234-5678901"))
                    .expectEvents(new BalancePaidOut(ACCOUNT, "u1", Money.ofOre(6500), sealed("1234-5678901"), Money.ZERO));
        }

        @Test
        void payoutOfAnEmptyAccountIsRefused() {
            rejectedWith(fixture.given(opened(), issued()).when(new PayOutBalance(ACCOUNT, "u1", "x")),
                    RejectionCode.NOTHING_TO_PAY_OUT);
        }
    }

    @Nested
    class BlockingAndReplacement {

        @Test
        void blockingAnActiveCardBlocksIt() {
            fixture.given(opened(), issued())
                    .when(new BlockCard(ACCOUNT, "lost"), PORTAL)
                    .expectEvents(new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN));
        }

        @Test
        void aBlockFromStaffRecordsThatStaffSetIt() {
            fixture.given(opened(), issued())
                    .when(new BlockCard(ACCOUNT, "misbrug"), STAFF)
                    .expectEvents(new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF));
        }

        @Test
        void aBlockThroughAnIntegrationOrTheSystemCountsAsStaff() {
            fixture.given(opened(), issued())
                    .when(new BlockCard(ACCOUNT, "import"),
                            Metadata.of(Metadata.admin("api"), Metadata.Channel.ADMIN_API, null))
                    .expectEvents(new CardBlocked(ACCOUNT, CARD, sealed("import"), BlockOrigin.STAFF));
        }

        @Test
        void aStaffBlockIsNotLiftedFromThePortal() {
            rejectedWith(fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new UnblockCard(ACCOUNT), PORTAL), RejectionCode.CARD_BLOCKED_BY_STAFF);
        }

        @Test
        void aStaffBlockIsLiftedByStaff() {
            fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new UnblockCard(ACCOUNT), STAFF)
                    .expectEvents(new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED));
        }

        @Test
        void aCitizensBlockIsLiftedFromThePortal() {
            fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                    .when(new UnblockCard(ACCOUNT), PORTAL)
                    .expectEvents(new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED));
        }

        @Test
        void staffBlockingACitizensBlockTakesItOverSoThePortalCannotLiftIt() {
            fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                    .when(new BlockCard(ACCOUNT, "misbrug"), STAFF)
                    .expectEvents(new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF));
            rejectedWith(fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN),
                            new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new UnblockCard(ACCOUNT), PORTAL), RejectionCode.CARD_BLOCKED_BY_STAFF);
        }

        @Test
        void aCitizensBlockOnAStaffBlockedCardChangesNothing() {
            fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new BlockCard(ACCOUNT, "lost"), PORTAL)
                    .expectNoEvents();
        }

        @Test
        void aProducedReplacementKeepsAStaffBlockOnTheNewCard() {
            fixture.given(opened(), issued(), deposited(6500, 6500),
                            new CardBlocked(ACCOUNT, CARD, sealed("misbrug"), BlockOrigin.STAFF),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS))
                    .when(new ProduceReplacementCard(ACCOUNT, "o1"), STAFF)
                    .expectEvents(new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD));
        }

        @Test
        void aReplacementOrderRecordsTheAddressOnFileSealed() {
            fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(new OrderReplacementCard(ACCOUNT, "o1"), PORTAL)
                    .expectEvents(new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS),
                            new FeeCharged(ACCOUNT, "replacement-o1", Money.ofKroner(25), FeeKind.REPLACEMENT_CARD,
                                    "o1", Money.ofOre(4000)));
        }

        @Test
        void aReplacementFromThePortalNeedsAnAddressOnFile() {
            Mockito.when(contacts.postalAddress("citizen-1")).thenReturn(Optional.empty());
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(new OrderReplacementCard(ACCOUNT, "o1"), PORTAL), RejectionCode.ADDRESS_REQUIRED);
        }

        @Test
        void aReplacementStaffOrderWithoutAnAddressRecordsNone() {
            Mockito.when(contacts.postalAddress("citizen-1")).thenReturn(Optional.empty());
            fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(new OrderReplacementCard(ACCOUNT, "o1"), STAFF)
                    .expectEvents(new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), null),
                            new FeeCharged(ACCOUNT, "replacement-o1", Money.ofKroner(25), FeeKind.REPLACEMENT_CARD,
                                    "o1", Money.ofOre(4000)));
        }

        @Test
        void blockingABlockedCardChangesNothing() {
            fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                    .when(new BlockCard(ACCOUNT, "lost again"), PORTAL)
                    .expectNoEvents();
        }

        @Test
        void unblockingLiftsTheBlock() {
            fixture.given(opened(), issued(), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                    .when(new UnblockCard(ACCOUNT))
                    .expectEvents(new CardUnblocked(ACCOUNT, CARD, UnblockCause.REQUESTED));
        }

        @Test
        void replacementCostsTheFeeAndAssignsANewNumber() {
            fixture.given(opened(), issued(), deposited(6500, 6500))
                    .when(new OrderReplacementCard(ACCOUNT, "o1"))
                    .expectEvents(new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS),
                            new FeeCharged(ACCOUNT, "replacement-o1", Money.ofKroner(25), FeeKind.REPLACEMENT_CARD,
                                    "o1", Money.ofOre(4000)))
                    .expectResultMessagePayload(NEW_CARD);
        }

        @Test
        void replacementMayBeOrderedForABlockedCard() {
            fixture.given(opened(), issued(), deposited(6500, 6500), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                    .when(new OrderReplacementCard(ACCOUNT, "o1"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void replacementNeedsABalanceOfAtLeastTheFee() {
            rejectedWith(fixture.given(opened(), issued(), deposited(2499, 2499))
                    .when(new OrderReplacementCard(ACCOUNT, "o1")), RejectionCode.INSUFFICIENT_FUNDS);
        }

        @Test
        void secondReplacementWhileOneIsPendingIsRefused() {
            rejectedWith(fixture.given(opened(), issued(), deposited(6500, 6500),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS))
                    .when(new OrderReplacementCard(ACCOUNT, "o2")), RejectionCode.REPLACEMENT_ALREADY_ORDERED);
        }

        @Test
        void producedReplacementActivatesTheNewCardAndLiftsTheBlockWithAnEventSayingSo() {
            fixture.given(opened(), issued(), deposited(6500, 6500), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS))
                    .when(new ProduceReplacementCard(ACCOUNT, "o1"))
                    .expectEvents(new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD),
                            new CardUnblocked(ACCOUNT, NEW_CARD, UnblockCause.REPLACEMENT_CARD_PRODUCED));
        }

        /** Found by CardAccountLawsTest: a repeat after production ordered a second card and took the fee again. */
        @Test
        void aRepeatedOrderAfterTheCardWasProducedAnswersItsCardAndChargesNothing() {
            fixture.given(opened(), issued(), deposited(6500, 6500),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS),
                            new FeeCharged(ACCOUNT, "replacement-o1", Money.ofKroner(25), FeeKind.REPLACEMENT_CARD,
                                    "o1", Money.ofOre(4000)),
                            new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD))
                    .when(new OrderReplacementCard(ACCOUNT, "o1"))
                    .expectNoEvents()
                    .expectResultMessagePayload(NEW_CARD);
        }

        @Test
        void producingWithoutAPendingOrderIsRefused() {
            rejectedWith(fixture.given(opened(), issued()).when(new ProduceReplacementCard(ACCOUNT, "o1")),
                    RejectionCode.NO_REPLACEMENT_ORDERED);
        }

        @Test
        void balanceCarriesOverToTheNewCard() {
            fixture.given(opened(), issued(), deposited(6500, 6500),
                            new ReplacementCardOrdered(ACCOUNT, "o1", CARD, NEW_CARD, Money.ofKroner(25), ADDRESS),
                            new FeeCharged(ACCOUNT, "replacement-o1", Money.ofKroner(25), FeeKind.REPLACEMENT_CARD, "o1", Money.ofOre(4000)),
                            new ReplacementCardProduced(ACCOUNT, "o1", CARD, NEW_CARD))
                    .when(new MakePurchase(ACCOUNT, "p1", NEW_CARD, SCHOOL, TILL, UnitKind.SCHOOL, List.of(OSTEHAPS),
                            Money.ofOre(300), "fp"))
                    .expectEvents(new PurchaseMade(ACCOUNT, "p1", NEW_CARD, SCHOOL, TILL, UnitKind.SCHOOL,
                            List.of(OSTEHAPS), Money.ofOre(300), Money.ofOre(3700), "fp"));
        }

        @Test
        void changingAllowedUnitsRecordsTheNewSet() {
            fixture.given(opened(), issued())
                    .when(new ChangeAllowedUnits(ACCOUNT, Set.of(UnitKind.SCHOOL)))
                    .expectEvents(new AllowedUnitsChanged(ACCOUNT, EnumSet.of(UnitKind.SCHOOL)));
        }
    }

    @Test
    void rejectionCarriesItsCodeAsDetails() {
        RejectedException e = new RejectedException(RejectionCode.WRONG_PLACE, "x");
        assertThat(RejectedException.rejectionOf(new java.util.concurrent.CompletionException(e)))
                .contains(new Rejection(RejectionCode.WRONG_PLACE, "x"));
    }
}
