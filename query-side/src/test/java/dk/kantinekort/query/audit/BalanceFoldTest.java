package dk.kantinekort.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.audit.FoldInconsistency;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceFoldTest {

    private static final String ACCOUNT = "a-1";

    @Test
    void theBalanceIsTheLastBalanceAfterAndEachKindOfMovementIsSummed() {
        BalanceFold fold = new BalanceFold(ACCOUNT);
        fold.apply(deposit(10_000, 10_000), 2);
        fold.apply(purchase(3_000, 7_000), 3);
        fold.apply(new PurchaseRefunded(ACCOUNT, "r", "p", "place", "till", Money.ofOre(1_000), List.of(),
                Money.ofOre(8_000), "f"), 4);
        fold.apply(new FeeCharged(ACCOUNT, "fee", Money.ofOre(2_500), FeeKind.values()[0], "order-1",
                Money.ofOre(5_500)), 5);
        fold.apply(new BalancePaidOut(ACCOUNT, "po", Money.ofOre(5_500), null, Money.ZERO), 6);

        assertThat(fold.balance()).isEqualTo(Money.ZERO);
        assertThat(fold.lastSequenceNumber()).isEqualTo(6L);
        assertThat(fold.inconsistencies()).isEmpty();
        assertThat(fold.total(Movement.Kind.DEPOSIT)).isEqualTo(Money.ofOre(10_000));
        assertThat(fold.total(Movement.Kind.REFUND)).isEqualTo(Money.ofOre(1_000));
        assertThat(fold.total(Movement.Kind.PURCHASE)).isEqualTo(Money.ofOre(3_000));
        assertThat(fold.total(Movement.Kind.FEE)).isEqualTo(Money.ofOre(2_500));
        assertThat(fold.total(Movement.Kind.PAYOUT)).isEqualTo(Money.ofOre(5_500));
    }

    @Test
    void anEventWhoseBalanceAfterIsNotThePreviousPlusItsAmountIsReportedWithBothNumbers() {
        BalanceFold fold = new BalanceFold(ACCOUNT);
        fold.apply(deposit(10_000, 10_000), 2);
        fold.apply(purchase(3_000, 7_500), 3);

        assertThat(fold.balance()).as("the stated balance still wins").isEqualTo(Money.ofOre(7_500));
        assertThat(fold.inconsistencies()).containsExactly(new FoldInconsistency(ACCOUNT, 3, "PurchaseMade",
                Money.ofOre(10_000), Money.ofOre(-3_000), Money.ofOre(7_000), Money.ofOre(7_500)));
    }

    private static MoneyDeposited deposit(long ore, long after) {
        return new MoneyDeposited(ACCOUNT, "d", Money.ofOre(ore), DepositMethod.CASH, null, null,
                Money.ofOre(after));
    }

    private static PurchaseMade purchase(long ore, long after) {
        return new PurchaseMade(ACCOUNT, "p", new CardNumber("1562265116"), "place", "till", UnitKind.SCHOOL,
                List.of(), Money.ofOre(ore), Money.ofOre(after), "f");
    }
}
