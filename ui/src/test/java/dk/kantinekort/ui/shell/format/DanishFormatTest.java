package dk.kantinekort.ui.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishFormatTest {

    @ParameterizedTest(name = "{0} øre reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "6500       | 65,00 kr.",
            "123450     | 1.234,50 kr.",
            "-1200      | -12,00 kr.",
            "-123450    | -1.234,50 kr.",
            "0          | 0,00 kr.",
            "5          | 0,05 kr.",
            "-5         | -0,05 kr.",
            "100000000  | 1.000.000,00 kr.",
            "99999999   | 999.999,99 kr."})
    void amountsUseDanishSeparatorsAndKroner(long ore, String expected) {
        assertThat(DanishFormat.money(Money.ofOre(ore))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} øre reads \"{1}\" on a receipt line")
    @CsvSource(delimiter = '|', value = {"300 | 3,00", "123450 | 1.234,50", "-1400 | -14,00", "0 | 0,00"})
    void amountsWithoutTheCurrencyReadLikeTheGuidesPurchaseLines(long ore, String expected) {
        assertThat(DanishFormat.amount(Money.ofOre(ore))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-9223372036854775808, '-92.233.720.368.547.758,08 kr.'"})
    void theSmallestAmountDoesNotOverflow(long ore, String expected) {
        assertThat(DanishFormat.money(Money.ofOre(ore))).isEqualTo(expected);
    }
}
