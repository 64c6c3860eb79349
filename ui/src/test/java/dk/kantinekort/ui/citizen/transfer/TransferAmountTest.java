package dk.kantinekort.ui.citizen.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import org.junit.jupiter.api.Test;

class TransferAmountTest {

    @Test
    void kronerAreTypedTheDanishWayWithUpToTwoDecimalsAfterAComma() {
        assertThat(TransferAmount.valid("50")).contains(Money.ofOre(5_000));
        assertThat(TransferAmount.valid("25,5")).contains(Money.ofOre(2_550));
        assertThat(TransferAmount.valid(" 25,50 kr.")).contains(Money.ofOre(2_550));
        assertThat(TransferAmount.valid("1.250,00")).contains(Money.ofOre(125_000));
        assertThat(TransferAmount.valid("0,01")).contains(Money.ofOre(1));
    }

    @Test
    void anythingElseIsExplainedNextToTheField() {
        assertThat(TransferAmount.parse("").problem().key()).isEqualTo("transfer.amount.required");
        assertThat(TransferAmount.parse("25.50").problem().key()).isEqualTo("transfer.amount.format");
        assertThat(TransferAmount.parse("-5").problem().key()).isEqualTo("transfer.amount.format");
        assertThat(TransferAmount.parse("1,234").problem().key()).isEqualTo("transfer.amount.format");
        assertThat(TransferAmount.parse("0").problem().key()).isEqualTo("transfer.amount.too-small");
        assertThat(TransferAmount.parse("5000,01").problem().key()).isEqualTo("transfer.amount.too-large");
        assertThat(TransferAmount.valid("5000")).contains(Money.ofKroner(5_000));
    }
}
