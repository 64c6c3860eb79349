package dk.kantinekort.command.account;

import static dk.kantinekort.command.TestSeals.sealed;
import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.ConfirmPayoutAccount;
import dk.kantinekort.api.payment.PayoutAccountConfirmed;
import dk.kantinekort.api.payment.PayoutDestination;
import dk.kantinekort.api.payment.PayoutRejected;
import dk.kantinekort.api.payment.PayoutRequested;
import dk.kantinekort.api.payment.RejectPayout;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class AccountPayoutTest {

    static final SealedData BANK = new SealedData("citizen-1", "iv", "bank");
    /** The owner, citizen-1, in the portal. */
    static final Map<String, String> OWNER = Metadata.of(Metadata.citizen("citizen-1"), Metadata.Channel.PORTAL, "c1");
    /** A person linked to the owner, in the portal. */
    static final Map<String, String> LINKED = Metadata.of(Metadata.citizen("citizen-2"), Metadata.Channel.PORTAL, "c2");
    static final Map<String, String> STAFF = Metadata.of(Metadata.admin("admin"), Metadata.Channel.ADMIN_API, "c3");
    static final PayoutRequested REQUESTED = typed("po-1", false, "citizen-1");

    AggregateTestFixture<CardAccount> fixture;

    static PayoutRequested typed(String payoutId, boolean awaiting, String by) {
        return new PayoutRequested(ACCOUNT, payoutId, Money.ofOre(6_500), BANK, sealed("1234 ******7890"),
                PayoutDestination.TYPED_ACCOUNT, awaiting, by);
    }

    @BeforeEach
    void setUp() {
        fixture = fixture(true);
    }

    /** A fixture of a municipality that does or does not allow typed bank accounts. */
    static AggregateTestFixture<CardAccount> fixture(boolean typedAccountsAllowed) {
        PersonalDataVault vault = dk.kantinekort.command.TestSeals.vault();
        Mockito.when(vault.sealJson("citizen-1", Map.of("registrationNumber", "1234", "accountNumber", "1234567890")))
                .thenReturn(BANK);
        AggregateTestFixture<CardAccount> fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new PayoutPolicy(typedAccountsAllowed));
        return fixture;
    }

    @Test
    void aPayoutGoesToTheOwnersNemKontoByDefault() {
        fixture(false).given(opened(), issued(), deposited(6_500, 6_500))
                .when(RequestPayout.toNemKonto(ACCOUNT, "po-1"), LINKED)
                .expectEvents(new PayoutRequested(ACCOUNT, "po-1", Money.ofOre(6_500), null, sealed("NemKonto"),
                        PayoutDestination.NEMKONTO, false, "citizen-2"));
    }

    @Test
    void aNemKontoPayoutIsApprovedByStaffAtOnce() {
        PayoutRequested nemKonto = new PayoutRequested(ACCOUNT, "po-1", Money.ofOre(6_500), null, sealed("NemKonto"),
                PayoutDestination.NEMKONTO, false, "citizen-2");
        fixture(false).given(opened(), issued(), deposited(6_500, 6_500), nemKonto)
                .when(new ApprovePayout(ACCOUNT, "po-1"), STAFF)
                .expectEvents(new BalancePaidOut(ACCOUNT, "po-1", Money.ofOre(6_500), sealed("NemKonto"), Money.ZERO));
    }

    @Test
    void aTypedBankAccountIsRefusedWhereTheMunicipalityDoesNotAllowIt() {
        rejectedWith(fixture(false).given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "1234567890"), OWNER),
                RejectionCode.TYPED_BANK_ACCOUNT_NOT_ALLOWED);
    }

    @Test
    void aTypedBankAccountNamedByALinkedPersonWaitsForTheOwner() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "1234567890"), LINKED)
                .expectEvents(typed("po-1", true, "citizen-2"));
    }

    @Test
    void staffCannotApproveATypedAccountTheOwnerHasNotConfirmed() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500), typed("po-1", true, "citizen-2"))
                .when(new ApprovePayout(ACCOUNT, "po-1"), STAFF), RejectionCode.PAYOUT_NOT_CONFIRMED);
    }

    @Test
    void onlyTheOwnerConfirmsATypedAccount() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500), typed("po-1", true, "citizen-2"))
                .when(new ConfirmPayoutAccount(ACCOUNT, "po-1"), LINKED), RejectionCode.ACCESS_DENIED);
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500), typed("po-1", true, "citizen-2"))
                .when(new ConfirmPayoutAccount(ACCOUNT, "po-1"), STAFF), RejectionCode.ACCESS_DENIED);
        fixture.given(opened(), issued(), deposited(6_500, 6_500), typed("po-1", true, "citizen-2"))
                .when(new ConfirmPayoutAccount(ACCOUNT, "po-1"), OWNER)
                .expectEvents(new PayoutAccountConfirmed(ACCOUNT, "po-1", "citizen-1"));
    }

    @Test
    void aConfirmedTypedAccountIsPaidOutOnApproval() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), typed("po-1", true, "citizen-2"),
                        new PayoutAccountConfirmed(ACCOUNT, "po-1", "citizen-1"))
                .when(new ApprovePayout(ACCOUNT, "po-1"), STAFF)
                .expectEvents(new BalancePaidOut(ACCOUNT, "po-1", Money.ofOre(6_500), sealed("1234 ******7890"), Money.ZERO));
    }

    @Test
    void aPayoutRequestSealsTheBankAccountAndShowsItMasked() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "123456 7890"), OWNER)
                .expectEvents(REQUESTED);
    }

    @Test
    void aBlockedCardCanBePaidOut() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), new CardBlocked(ACCOUNT, CARD, sealed("lost"), BlockOrigin.CITIZEN))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "1234567890"), OWNER)
                .expectEvents(REQUESTED);
    }

    @Test
    void aRegistrationNumberHasFourDigits() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "123", "1234567890"), OWNER), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void anAccountNumberHasAtMostTenDigits() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "12345678901"), OWNER), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void anEmptyAccountHasNothingToPayOut() {
        rejectedWith(fixture.given(opened(), issued()).when(new RequestPayout(ACCOUNT, "po-1", "1234", "1234567890"), OWNER),
                RejectionCode.NOTHING_TO_PAY_OUT);
    }

    @Test
    void oneRequestWaitsAtATime() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED)
                .when(new RequestPayout(ACCOUNT, "po-2", "1234", "1234567890"), OWNER), RejectionCode.PAYOUT_ALREADY_REQUESTED);
    }

    @Test
    void approvalPaysOutTheBalanceAsItIsNowAndEmptiesTheAccount() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED, deposited(1_000, 7_500))
                .when(new ApprovePayout(ACCOUNT, "po-1"))
                .expectEvents(new BalancePaidOut(ACCOUNT, "po-1", Money.ofOre(7_500), sealed("1234 ******7890"), Money.ZERO))
                .expectResultMessagePayload(Money.ofOre(7_500));
    }

    @Test
    void anApprovalIsAppliedOnce() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED,
                        new BalancePaidOut(ACCOUNT, "po-1", Money.ofOre(6_500), sealed("1234 ******7890"), Money.ZERO))
                .when(new ApprovePayout(ACCOUNT, "po-1"))
                .expectNoEvents();
    }

    @Test
    void aRejectionNeedsAReason() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED)
                .when(new RejectPayout(ACCOUNT, "po-1", " ")), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void aRejectedRequestLeavesTheBalanceAndAllowsANewRequest() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED)
                .when(new RejectPayout(ACCOUNT, "po-1", "Kontoen tilhører ikke kortholderen"))
                .expectEvents(new PayoutRejected(ACCOUNT, "po-1", sealed("Kontoen tilhører ikke kortholderen")));
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED,
                        new PayoutRejected(ACCOUNT, "po-1", sealed("nej")))
                .when(new RequestPayout(ACCOUNT, "po-2", "1234", "1234567890"), OWNER)
                .expectEvents(typed("po-2", false, "citizen-1"));
    }

    @Test
    void approvingAnUnknownRequestIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500)).when(new ApprovePayout(ACCOUNT, "x")),
                RejectionCode.NO_PAYOUT_REQUESTED);
    }
}
