package dk.kantinekort.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import org.junit.jupiter.api.Test;

/** Skoleår: a leaver's balance moved to a sibling folds consistently on both accounts and is neither in nor out. */
class SiblingMoveFoldTest {

    @Test
    void aBalanceMovedBetweenSiblingsFoldsOnBothAccountsWithoutCountingAsMoneyInOrOut() {
        BalanceFold leaver = new BalanceFold("leaver");
        leaver.apply(new MoneyDeposited("leaver", "d", Money.ofOre(4_000), DepositMethod.CASH, null, null,
                Money.ofOre(4_000)), 1);
        leaver.apply(new LeaverBalanceMoved("leaver", "c", "sibling", Money.ofOre(4_000), Money.ZERO), 2);
        BalanceFold sibling = new BalanceFold("sibling");
        sibling.apply(new LeaverBalanceReceived("sibling", "c", "leaver", Money.ofOre(4_000), Money.ofOre(4_000)), 1);

        assertThat(leaver.inconsistencies()).isEmpty();
        assertThat(sibling.inconsistencies()).isEmpty();
        assertThat(leaver.balance().plus(sibling.balance())).as("the money deposited, still in the scheme")
                .isEqualTo(leaver.total(Movement.Kind.DEPOSIT));
        assertThat(leaver.total(Movement.Kind.PAYOUT)).isEqualTo(Money.ZERO);
    }
}
