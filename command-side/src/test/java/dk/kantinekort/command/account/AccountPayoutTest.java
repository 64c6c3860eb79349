package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;
import static dk.kantinekort.command.account.CardAccountTest.rejectedWith;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ApprovePayout;
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
    static final PayoutRequested REQUESTED = new PayoutRequested(ACCOUNT, "po-1", Money.ofOre(6_500), BANK,
            "1234 ******7890");

    AggregateTestFixture<CardAccount> fixture;

    @BeforeEach
    void setUp() {
        PersonalDataVault vault = Mockito.mock(PersonalDataVault.class);
        Mockito.when(vault.sealJson("citizen-1", Map.of("registrationNumber", "1234", "accountNumber", "1234567890")))
                .thenReturn(BANK);
        fixture = new AggregateTestFixture<>(CardAccount.class);
        fixture.registerInjectableResource(vault);
    }

    @Test
    void aPayoutRequestSealsTheBankAccountAndShowsItMasked() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "123456 7890"))
                .expectEvents(REQUESTED);
    }

    @Test
    void aBlockedCardCanBePaidOut() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), new CardBlocked(ACCOUNT, CARD, "lost"))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "1234567890"))
                .expectEvents(REQUESTED);
    }

    @Test
    void aRegistrationNumberHasFourDigits() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "123", "1234567890")), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void anAccountNumberHasAtMostTenDigits() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500))
                .when(new RequestPayout(ACCOUNT, "po-1", "1234", "12345678901")), RejectionCode.INVALID_REQUEST);
    }

    @Test
    void anEmptyAccountHasNothingToPayOut() {
        rejectedWith(fixture.given(opened(), issued()).when(new RequestPayout(ACCOUNT, "po-1", "1234", "1234567890")),
                RejectionCode.NOTHING_TO_PAY_OUT);
    }

    @Test
    void oneRequestWaitsAtATime() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED)
                .when(new RequestPayout(ACCOUNT, "po-2", "1234", "1234567890")), RejectionCode.PAYOUT_ALREADY_REQUESTED);
    }

    @Test
    void approvalPaysOutTheBalanceAsItIsNowAndEmptiesTheAccount() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED, deposited(1_000, 7_500))
                .when(new ApprovePayout(ACCOUNT, "po-1"))
                .expectEvents(new BalancePaidOut(ACCOUNT, "po-1", Money.ofOre(7_500), "1234 ******7890", Money.ZERO))
                .expectResultMessagePayload(Money.ofOre(7_500));
    }

    @Test
    void anApprovalIsAppliedOnce() {
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED,
                        new BalancePaidOut(ACCOUNT, "po-1", Money.ofOre(6_500), "1234 ******7890", Money.ZERO))
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
                .expectEvents(new PayoutRejected(ACCOUNT, "po-1", "Kontoen tilhører ikke kortholderen"));
        fixture.given(opened(), issued(), deposited(6_500, 6_500), REQUESTED,
                        new PayoutRejected(ACCOUNT, "po-1", "nej"))
                .when(new RequestPayout(ACCOUNT, "po-2", "1234", "1234567890"))
                .expectEvents(new PayoutRequested(ACCOUNT, "po-2", Money.ofOre(6_500), BANK, "1234 ******7890"));
    }

    @Test
    void approvingAnUnknownRequestIsRefused() {
        rejectedWith(fixture.given(opened(), issued(), deposited(6_500, 6_500)).when(new ApprovePayout(ACCOUNT, "x")),
                RejectionCode.NO_PAYOUT_REQUESTED);
    }
}
