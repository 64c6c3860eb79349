package dk.kantinekort.ui.backoffice.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import org.junit.jupiter.api.Test;

class EventAmountsTest {

    @Test
    void aDepositAddsItsAmount() {
        assertThat(EventAmounts.of("MoneyDeposited", "{\"amount\":6500,\"balanceAfter\":6500}"))
                .isEqualTo(new EventAmounts(Money.ofOre(6500), Money.ofOre(6500)));
    }

    @Test
    void aPurchaseTakesItsTotalOff() {
        assertThat(EventAmounts.of("PurchaseMade", "{\"total\":300,\"balanceAfter\":6200}"))
                .isEqualTo(new EventAmounts(Money.ofOre(-300), Money.ofOre(6200)));
    }

    @Test
    void anEventThatStatesNoBalanceMovesNoMoney() {
        assertThat(EventAmounts.of("CardBlocked", "{\"accountId\":\"a-1\",\"reason\":\"lost\"}"))
                .isEqualTo(new EventAmounts(null, null));
    }

    @Test
    void anUnreadablePayloadStillLeavesTheEventInTheHistory() {
        assertThat(EventAmounts.of("MoneyDeposited", "{not json")).isEqualTo(new EventAmounts(null, null));
    }
}
