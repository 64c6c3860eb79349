package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.OSTEHAPS;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.purchase;
import static dk.kantinekort.command.account.CardAccountTest.purchased;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AbandonDeposit;
import dk.kantinekort.api.payment.ActivateAutoTopUp;
import dk.kantinekort.api.payment.AutoTopUpAgreed;
import dk.kantinekort.api.payment.EndAutoTopUpOfFormerLink;
import dk.kantinekort.api.payment.AutoTopUpCancelled;
import dk.kantinekort.api.payment.AutoTopUpFailed;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.AutoTopUpTriggered;
import dk.kantinekort.api.payment.BeginAutoTopUpCharge;
import dk.kantinekort.api.payment.CancelAutoTopUp;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.CompleteAutoTopUp;
import dk.kantinekort.api.payment.DeclineDeposit;
import dk.kantinekort.api.payment.DepositAbandoned;
import dk.kantinekort.api.payment.DepositDeclined;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.FailAutoTopUp;
import dk.kantinekort.api.payment.PaymentCheckoutCreated;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentDiscrepancyFound;
import dk.kantinekort.api.payment.RecordPaymentCheckout;
import dk.kantinekort.api.payment.RequestAutoTopUpSignup;
import dk.kantinekort.api.payment.ReceiptResendRequested;
import dk.kantinekort.api.payment.RequestDeposit;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.ResendReceipt;
import dk.kantinekort.api.payment.SettleDeposit;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import dk.kantinekort.command.citizen.PersonalDataVault;
import org.mockito.Mockito;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountFundingTest {

    static final SealedData EMAIL = new SealedData("citizen-1", "iv", "mail");
    static final Money HUNDRED = Money.ofKroner(100);
    static final Money FEE = Money.ofOre(325);
    static final Money THRESHOLD = Money.ofKroner(50);
    /** Staff's evidence of a documented payment, sealed with the holder's key. */
    static final SealedData EVIDENCE = new SealedData("citizen-1", "iv", "sealed-evidence");
    static final List<PurchaseLine> FIVE = List.of(new PurchaseLine("OST", "Ostehaps", 5, Money.ofOre(300)));

    AggregateTestFixture<CardAccount> fixture;

    static final PaymentPageLinks LINKS = new PaymentPageLinks("http://127.0.0.1:8080/betaling/kvittering?d=1",
            "http://127.0.0.1:8080/betaling/kvittering?d=1&annulleret=1", "http://127.0.0.1:8080/vilkaar");
    static final String PAGE = "http://localhost:8082/hosted/p1";

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CardAccount.class);
        PersonalDataVault vault = dk.kantinekort.command.TestSeals.vault();
        Mockito.when(vault.seal("citizen-1", "Kontoudtog 03-03")).thenReturn(EVIDENCE);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(dk.kantinekort.command.TestSeals.holderSeal());
    }

    static DepositRequested requested(String id) {
        return new DepositRequested(ACCOUNT, id, HUNDRED, FEE, DepositMethod.PAYMENT_CARD, EMAIL, LINKS);
    }

    static PaymentCheckoutCreated checkout(String id, String paymentId) {
        return new PaymentCheckoutCreated(ACCOUNT, id, paymentId, CheckoutPurpose.DEPOSIT, HUNDRED.plus(FEE), PAGE);
    }

    static SettleDeposit settle(String id, String paymentId, Money charged) {
        return new SettleDeposit(ACCOUNT, id, paymentId, charged, "Visa", "411111******1111");
    }

    @Nested
    class Deposits {

        @Test
        void aDepositIsOpenedWithItsFee() {
            fixture.given(opened(), issued())
                    .when(new RequestDeposit(ACCOUNT, "d1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, EMAIL, LINKS))
                    .expectEvents(requested("d1"));
        }

        @Test
        void indbetalingFromThePortalIsPricedByTheTermsAndRecordedWithItsLinks_theProviderIsAskedLater() {
            StartDeposit start = new StartDeposit(ACCOUNT, "d1", HUNDRED, DepositMethod.PAYMENT_CARD, "a@b.dk", LINKS);
            DepositPricing terms = Mockito.mock(DepositPricing.class);
            Mockito.when(terms.deposit(start)).thenReturn(new RequestDeposit(ACCOUNT, "d1", HUNDRED, FEE,
                    DepositMethod.PAYMENT_CARD, EMAIL, LINKS));
            fixture.registerInjectableResource(terms);
            fixture.given(opened(), issued())
                    .when(start)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(requested("d1"));
        }

        @Test
        void indbetalingFromThePortalOnABlockedAccountIsRefusedAtOnce() {
            StartDeposit start = new StartDeposit(ACCOUNT, "d1", HUNDRED, DepositMethod.PAYMENT_CARD, "a@b.dk", LINKS);
            DepositPricing terms = Mockito.mock(DepositPricing.class);
            Mockito.when(terms.deposit(start)).thenReturn(new RequestDeposit(ACCOUNT, "d1", HUNDRED, FEE,
                    DepositMethod.PAYMENT_CARD, EMAIL, LINKS));
            fixture.registerInjectableResource(terms);
            rejectedWith(fixture.given(opened(), issued(), new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(start), RejectionCode.ACCOUNT_BLOCKED);
        }

        @Test
        void aBlockedAccountRefusesADepositBeforeAnyMoneyIsTaken() {
            rejectedWith(fixture.given(opened(), issued(), new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new RequestDeposit(ACCOUNT, "d1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, EMAIL, LINKS)),
                    RejectionCode.ACCOUNT_BLOCKED);
        }

        @Test
        void aDepositThatWouldLiftTheBalanceOverTheLimitIsRefused() {
            rejectedWith(fixture.given(opened(), issued(), deposited(1_999_000, 1_999_000))
                    .when(new RequestDeposit(ACCOUNT, "d1", HUNDRED.plus(Money.ofOre(1)), FEE,
                            DepositMethod.PAYMENT_CARD, EMAIL, LINKS)),
                    RejectionCode.BALANCE_LIMIT_EXCEEDED);
        }

        @Test
        void onlyCardAndMobilePayGoThroughTheProvider() {
            rejectedWith(fixture.given(opened(), issued())
                    .when(new RequestDeposit(ACCOUNT, "d1", HUNDRED, FEE, DepositMethod.CASH, EMAIL, LINKS)),
                    RejectionCode.INVALID_REQUEST);
        }

        @Test
        void aChargedDepositIsCreditedWithTheAmountWithoutTheFee() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"))
                    .when(settle("d1", "p1", HUNDRED.plus(FEE)))
                    .expectEvents(
                            new MoneyDeposited(ACCOUNT, "d1", HUNDRED, DepositMethod.PAYMENT_CARD, "p1", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "d1", "p1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, "Visa",
                                    sealed("411111******1111"), EMAIL))
                    .expectResultMessagePayload(HUNDRED);
        }

        @Test
        void aDepositIsCreditedOnlyOnceHoweverOftenItIsSettled() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"),
                            new MoneyDeposited(ACCOUNT, "d1", HUNDRED, DepositMethod.PAYMENT_CARD, "p1", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "d1", "p1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, "Visa",
                                    sealed("411111******1111"), EMAIL))
                    .when(settle("d1", "p1", HUNDRED.plus(FEE)))
                    .expectNoEvents()
                    .expectResultMessagePayload(HUNDRED);
        }

        /** Staff's "Indsæt dokumenteret betaling" naming the open deposit the documented payment belongs to. */
        static DepositMoney staffCredit(String creditId, String depositId, Money amount) {
            return new DepositMoney(ACCOUNT, creditId, amount, DepositMethod.MANUAL_CORRECTION, "Kontoudtog 03-03",
                    depositId);
        }

        static MoneyDeposited staffCredited(String creditId) {
            return new MoneyDeposited(ACCOUNT, creditId, HUNDRED, DepositMethod.MANUAL_CORRECTION, null,
                    EVIDENCE, HUNDRED);
        }

        static DepositSettled settledByStaff(String depositId, String creditId) {
            return new DepositSettled(ACCOUNT, depositId, "p1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, null, null,
                    EMAIL, creditId);
        }

        @Test
        void aManualCreditNamingAnOpenDepositCreditsItsAmountAndSettlesIt() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"))
                    .when(staffCredit("c1", "d1", HUNDRED))
                    .expectEvents(staffCredited("c1"), settledByStaff("d1", "c1"))
                    .expectResultMessagePayload(HUNDRED);
        }

        @Test
        void theProviderSettlingADepositStaffCreditedAlreadyCreditsNothingMore() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"), staffCredited("c1"),
                            settledByStaff("d1", "c1"))
                    .when(settle("d1", "p1", HUNDRED.plus(FEE)))
                    .expectNoEvents()
                    .expectResultMessagePayload(HUNDRED);
        }

        @Test
        void theSameManualCreditSentTwiceCreditsOnce() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"), staffCredited("c1"),
                            settledByStaff("d1", "c1"))
                    .when(staffCredit("c1", "d1", HUNDRED))
                    .expectNoEvents()
                    .expectResultMessagePayload(HUNDRED);
        }

        @Test
        void aSecondManualCreditForASettledDepositIsRefused() {
            rejectedWith(fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"),
                            new MoneyDeposited(ACCOUNT, "d1", HUNDRED, DepositMethod.PAYMENT_CARD, "p1", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "d1", "p1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, "Visa",
                                    sealed("411111******1111"), EMAIL))
                    .when(staffCredit("c2", "d1", HUNDRED)), RejectionCode.PAYMENT_NOT_FOUND);
        }

        @Test
        void aManualCreditForAnOpenDepositIsItsAmountExactly() {
            rejectedWith(fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"))
                    .when(staffCredit("c1", "d1", HUNDRED.plus(FEE))), RejectionCode.INVALID_REQUEST);
        }

        @Test
        void aManualCreditForAnOpenDepositIsCreditedOnABlockedAccountToo() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"),
                            new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(staffCredit("c1", "d1", HUNDRED))
                    .expectEvents(staffCredited("c1"), settledByStaff("d1", "c1"));
        }

        @Test
        void aDepositPaidBeforeTheAccountWasBlockedIsStillCredited() {
            fixture.given(opened(), issued(), requested("d1"), new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(settle("d1", "p1", HUNDRED.plus(FEE)))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(HUNDRED);
        }

        @Test
        void aChargeThatDiffersFromAmountPlusFeeIsLeftToStaff() {
            fixture.given(opened(), issued(), requested("d1"))
                    .when(settle("d1", "p1", HUNDRED))
                    .expectEvents(new PaymentDiscrepancyFound(ACCOUNT, "d1", "p1", HUNDRED.plus(FEE), HUNDRED,
                            "Charged amount differs from amount + fee"));
        }

        @Test
        void aSettledDepositsReceiptIsResentWithWhatItSaidAndWhenItWasSettled() {
            java.time.Instant settledAt = java.time.Instant.parse("2026-03-01T10:15:00Z");
            fixture.givenCurrentTime(settledAt)
                    .andGiven(opened(), issued(), requested("d1"), checkout("d1", "p1"),
                            new MoneyDeposited(ACCOUNT, "d1", HUNDRED, DepositMethod.PAYMENT_CARD, "p1", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "d1", "p1", HUNDRED, FEE, DepositMethod.PAYMENT_CARD, "Visa",
                                    sealed("411111******1111"), EMAIL))
                    .when(new ResendReceipt(ACCOUNT, "d1"))
                    .expectEvents(new ReceiptResendRequested(ACCOUNT, "d1", "p1", HUNDRED, FEE,
                            DepositMethod.PAYMENT_CARD, "Visa", sealed("411111******1111"), EMAIL, settledAt));
        }

        @Test
        void anOpenDepositHasNoReceiptToResend() {
            rejectedWith(fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"))
                    .when(new ResendReceipt(ACCOUNT, "d1")), RejectionCode.PAYMENT_NOT_FOUND);
        }

        @Test
        void aSettlementOfAnUnknownDepositIsRefused() {
            rejectedWith(fixture.given(opened(), issued()).when(settle("nope", "p1", HUNDRED)),
                    RejectionCode.PAYMENT_NOT_FOUND);
        }

        @Test
        void aDeclinedAttemptLeavesTheDepositOpenForAnotherTry() {
            fixture.given(opened(), issued(), requested("d1"),
                            new DepositDeclined(ACCOUNT, "d1", "p1", PaymentDeclineReason.INSUFFICIENT_FUNDS))
                    .when(settle("d1", "p1", HUNDRED.plus(FEE)))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(HUNDRED);
        }

        @Test
        void declinesOfAClosedDepositAreIgnored() {
            fixture.given(opened(), issued(), requested("d1"), new DepositAbandoned(ACCOUNT, "d1", "never paid"))
                    .when(new DeclineDeposit(ACCOUNT, "d1", "p1", PaymentDeclineReason.CARD_EXPIRED))
                    .expectNoEvents();
        }

        @Test
        void anAbandonedDepositIsNeverCreditedLater() {
            fixture.given(opened(), issued(), requested("d1"), new DepositAbandoned(ACCOUNT, "d1", "never paid"))
                    .when(settle("d1", "p1", HUNDRED.plus(FEE)))
                    .expectNoEvents();
        }

        @Test
        void theCheckoutIsRecordedOnceWithWhatItMustCharge() {
            fixture.given(opened(), issued(), requested("d1"), checkout("d1", "p1"))
                    .when(new RecordPaymentCheckout(ACCOUNT, "d1", "p1", CheckoutPurpose.DEPOSIT, PAGE))
                    .expectNoEvents();
            fixture.given(opened(), issued(), requested("d1"))
                    .when(new RecordPaymentCheckout(ACCOUNT, "d1", "p1", CheckoutPurpose.DEPOSIT, PAGE))
                    .expectEvents(checkout("d1", "p1"));
        }

        @Test
        void anOpenDepositCanBeAbandoned() {
            fixture.given(opened(), issued(), requested("d1"))
                    .when(new AbandonDeposit(ACCOUNT, "d1", "never paid"))
                    .expectEvents(new DepositAbandoned(ACCOUNT, "d1", "never paid"));
        }
    }

    @Nested
    class AutomaticTopUp {

        final AutoTopUpAgreed agreed = new AutoTopUpAgreed(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, sealed("tok-1"), "Visa",
                sealed("411111******1111"), sealed("12/30"), EMAIL, null);
        final AutoTopUpTriggered triggered = new AutoTopUpTriggered(ACCOUNT, "topup-p1", "a1", "p1", HUNDRED, FEE,
                sealed("tok-1"));

        @Test
        void signingUpWaitsForTheSavedCard() {
            fixture.given(opened(), issued())
                    .when(new RequestAutoTopUpSignup(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, EMAIL, LINKS))
                    .expectEvents(new AutoTopUpSignupRequested(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, EMAIL, null, LINKS));
        }

        @Test
        void theSavedCardActivatesTheAgreement() {
            fixture.given(opened(), issued(), new AutoTopUpSignupRequested(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, EMAIL, null, LINKS))
                    .when(new ActivateAutoTopUp(ACCOUNT, "a1", "pay-1", "tok-1", "Visa", "411111******1111", "12/30"))
                    .expectEvents(agreed);
        }

        @Test
        void aSecondAgreementNeedsTheFirstCancelled() {
            rejectedWith(fixture.given(opened(), issued(), agreed)
                    .when(new RequestAutoTopUpSignup(ACCOUNT, "a2", HUNDRED, FEE, THRESHOLD, EMAIL, LINKS)),
                    RejectionCode.AUTO_TOP_UP_ALREADY_ACTIVE);
        }

        @Test
        void signingUpRecordsWhichCitizenMadeTheAgreement() {
            fixture.given(opened(), issued())
                    .when(new RequestAutoTopUpSignup(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, EMAIL, LINKS),
                            java.util.Map.of("actor", "citizen:parent"))
                    .expectEvents(new AutoTopUpSignupRequested(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, EMAIL,
                            "parent", LINKS));
        }

        @Test
        void theEndOfALinkCancelsTheAgreementItsRequesterMade_andNoTopUpOrReceiptFollows() {
            AutoTopUpAgreed byParent = new AutoTopUpAgreed(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, sealed("tok-1"), "Visa",
                    sealed("411111******1111"), sealed("12/30"), EMAIL, "parent");
            fixture.given(opened(), issued(), deposited(6_000, 6_000), byParent)
                    .when(new EndAutoTopUpOfFormerLink(ACCOUNT, "parent"))
                    .expectEvents(new AutoTopUpCancelled(ACCOUNT, "a1"));
            fixture.given(opened(), issued(), deposited(6_000, 6_000), byParent, new AutoTopUpCancelled(ACCOUNT, "a1"))
                    .when(purchase("p1", FIVE, 1_500))
                    .expectEvents(purchased("p1", FIVE, 1_500, 4_500));
        }

        @Test
        void aTopUpInFlightWhenTheLinkEndedSendsNoReceiptToTheFormerLinkedPerson() {
            AutoTopUpAgreed byParent = new AutoTopUpAgreed(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, sealed("tok-1"), "Visa",
                    sealed("411111******1111"), sealed("12/30"), EMAIL, "parent");
            fixture.given(opened(), issued(), byParent, triggered, new AutoTopUpCancelled(ACCOUNT, "a1"))
                    .when(new CompleteAutoTopUp(ACCOUNT, "topup-p1", "pay-9", "ch-9"))
                    .expectEvents(
                            new MoneyDeposited(ACCOUNT, "topup-p1", HUNDRED, DepositMethod.AUTO_TOP_UP,
                                    "pay-9", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "topup-p1", "pay-9", HUNDRED, FEE, DepositMethod.AUTO_TOP_UP,
                                    null, null, null));
        }

        @Test
        void theEndOfALinkLeavesAnAgreementSomeoneElseMade() {
            AutoTopUpAgreed byOwner = new AutoTopUpAgreed(ACCOUNT, "a1", HUNDRED, FEE, THRESHOLD, sealed("tok-1"), "Visa",
                    sealed("411111******1111"), sealed("12/30"), EMAIL, "child");
            fixture.given(opened(), issued(), byOwner)
                    .when(new EndAutoTopUpOfFormerLink(ACCOUNT, "parent"))
                    .expectNoEvents();
            fixture.given(opened(), issued(), agreed)
                    .when(new EndAutoTopUpOfFormerLink(ACCOUNT, "parent"))
                    .expectNoEvents();
        }

        @Test
        void aPurchaseLeavingTheBalanceUnderTheThresholdTriggersOneTopUp() {
            fixture.given(opened(), issued(), deposited(6_000, 6_000), agreed)
                    .when(purchase("p1", FIVE, 1_500))
                    .expectEvents(purchased("p1", FIVE, 1_500, 4_500), triggered)
                    .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                            outcome -> outcome instanceof PurchaseOutcome.Approved a && a.autoTopUpTriggered()));
        }

        @Test
        void noSecondTopUpWhileOneIsInFlight() {
            fixture.given(opened(), issued(), deposited(6_000, 6_000), agreed,
                            purchased("p1", FIVE, 1_500, 4_500), triggered)
                    .when(purchase("p2", List.of(OSTEHAPS), 300))
                    .expectEvents(purchased("p2", List.of(OSTEHAPS), 300, 4_200));
        }

        @Test
        void aPurchaseAboveTheThresholdTriggersNothing() {
            fixture.given(opened(), issued(), deposited(10_000, 10_000), agreed)
                    .when(purchase("p1", List.of(OSTEHAPS), 300))
                    .expectEvents(purchased("p1", List.of(OSTEHAPS), 300, 9_700));
        }

        @Test
        void aChargedTopUpIsCreditedOnceAndFreesTheNextOne() {
            fixture.given(opened(), issued(), agreed, triggered)
                    .when(new CompleteAutoTopUp(ACCOUNT, "topup-p1", "pay-9", "ch-9"))
                    .expectEvents(
                            new MoneyDeposited(ACCOUNT, "topup-p1", HUNDRED, DepositMethod.AUTO_TOP_UP,
                                    "pay-9", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "topup-p1", "pay-9", HUNDRED, FEE, DepositMethod.AUTO_TOP_UP,
                                    "Visa", sealed("411111******1111"), EMAIL));
            fixture.given(opened(), issued(), agreed, triggered,
                            new MoneyDeposited(ACCOUNT, "topup-p1", HUNDRED, DepositMethod.AUTO_TOP_UP, "x", null, HUNDRED),
                            new DepositSettled(ACCOUNT, "topup-p1", "pay-9", HUNDRED, FEE, DepositMethod.AUTO_TOP_UP,
                                    "Visa", sealed("411111******1111"), EMAIL))
                    .when(new CompleteAutoTopUp(ACCOUNT, "topup-p1", "pay-9", "ch-9"))
                    .expectNoEvents();
        }

        @Test
        void aTopUpRedeliveredAfterItFinishedIsNotChargedAgain() {
            fixture.given(opened(), issued(), agreed, triggered,
                            new AutoTopUpFailed(ACCOUNT, "topup-p1", PaymentDeclineReason.INSUFFICIENT_FUNDS))
                    .when(new BeginAutoTopUpCharge(ACCOUNT, "topup-p1"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void aBlockedAccountFailsTheTopUpBeforeTheChargeIsMade() {
            fixture.given(opened(), issued(), agreed, triggered, new AccountBlocked(ACCOUNT, sealed("misbrug"), BlockOrigin.STAFF))
                    .when(new BeginAutoTopUpCharge(ACCOUNT, "topup-p1"))
                    .expectEvents(new AutoTopUpFailed(ACCOUNT, "topup-p1", PaymentDeclineReason.CANTEEN_CARD_BLOCKED))
                    .expectResultMessagePayload(false);
        }

        @Test
        void aTriggeredTopUpMayBeCharged() {
            fixture.given(opened(), issued(), agreed, triggered)
                    .when(new BeginAutoTopUpCharge(ACCOUNT, "topup-p1"))
                    .expectNoEvents()
                    .expectResultMessagePayload(true);
        }

        @Test
        void aFailedTopUpKeepsTheAgreementForTheNextPurchase() {
            fixture.given(opened(), issued(), deposited(6_000, 6_000), agreed,
                            purchased("p1", FIVE, 1_500, 4_500), triggered,
                            new AutoTopUpFailed(ACCOUNT, "topup-p1", PaymentDeclineReason.INSUFFICIENT_FUNDS))
                    .when(purchase("p2", List.of(OSTEHAPS), 300))
                    .expectEvents(purchased("p2", List.of(OSTEHAPS), 300, 4_200),
                            new AutoTopUpTriggered(ACCOUNT, "topup-p2", "a1", "p2", HUNDRED, FEE, sealed("tok-1")));
        }

        @Test
        void aFailureIsRecordedWithItsReason() {
            fixture.given(opened(), issued(), agreed, triggered)
                    .when(new FailAutoTopUp(ACCOUNT, "topup-p1", PaymentDeclineReason.CARD_EXPIRED))
                    .expectEvents(new AutoTopUpFailed(ACCOUNT, "topup-p1", PaymentDeclineReason.CARD_EXPIRED));
        }

        @Test
        void cancellingStopsFurtherTopUps() {
            fixture.given(opened(), issued(), deposited(6_000, 6_000), agreed, new AutoTopUpCancelled(ACCOUNT, "a1"))
                    .when(purchase("p1", FIVE, 1_500))
                    .expectEvents(purchased("p1", FIVE, 1_500, 4_500));
        }

        @Test
        void cancellingWithoutAnAgreementIsRefused() {
            rejectedWith(fixture.given(opened(), issued()).when(new CancelAutoTopUp(ACCOUNT)),
                    RejectionCode.NO_AUTO_TOP_UP);
        }
    }
}
