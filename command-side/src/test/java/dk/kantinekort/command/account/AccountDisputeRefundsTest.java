package dk.kantinekort.command.account;

import static dk.kantinekort.command.account.CardAccountTest.ACCOUNT;
import static dk.kantinekort.command.account.CardAccountTest.CARD;
import static dk.kantinekort.command.account.CardAccountTest.deposited;
import static dk.kantinekort.command.account.CardAccountTest.issued;
import static dk.kantinekort.command.account.CardAccountTest.opened;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.dispute.DisputeRefunded;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.dispute.CreditDisputeRefund;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The refund of an upheld dispute on the account. */
class AccountDisputeRefundsTest {

    final AggregateTestFixture<CardAccount> fixture = new AggregateTestFixture<>(CardAccount.class);

    @Test
    void anUpheldDisputesRefundIsCreditedOnceEvenOnABlockedCard() {
        fixture.given(opened(), issued(), deposited(1_000, 1_000), new CardBlocked(ACCOUNT, CARD, null, BlockOrigin.STAFF))
                .when(new CreditDisputeRefund(ACCOUNT, "d-1", Money.ofOre(600)))
                .expectEvents(new DisputeRefunded(ACCOUNT, "d-1", Money.ofOre(600), Money.ofOre(1_600)));
        fixture.given(opened(), issued(), deposited(1_000, 1_000),
                        new DisputeRefunded(ACCOUNT, "d-1", Money.ofOre(600), Money.ofOre(1_600)))
                .when(new CreditDisputeRefund(ACCOUNT, "d-1", Money.ofOre(600)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
