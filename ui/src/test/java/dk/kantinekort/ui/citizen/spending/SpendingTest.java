package dk.kantinekort.ui.citizen.spending;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forbrug: the numbers the charts and their tables show. */
class SpendingTest {

    static StatementRow row(String at, StatementRowType type, long ore, String place) {
        return new StatementRow(at, Instant.parse(at), type, Money.ofOre(ore), Money.ZERO, place, null, List.of(), null);
    }

    static final List<StatementRow> MARCH = List.of(
            row("2026-03-02T09:00:00Z", StatementRowType.DEPOSIT, 10_000, "CASH"),
            row("2026-03-02T11:00:00Z", StatementRowType.PURCHASE, -1_400, "Gladsaxe Skole"),
            row("2026-03-04T11:00:00Z", StatementRowType.PURCHASE, -600, "Gladsaxe Bio"),
            row("2026-03-05T11:00:00Z", StatementRowType.REFUND, 300, "Gladsaxe Bio"),
            row("2026-03-08T23:30:00Z", StatementRowType.PURCHASE, -500, "Gladsaxe Skole"), // 00:30 Monday 9 March in Copenhagen
            row("2026-03-10T11:00:00Z", StatementRowType.FEE, -2_500, "REPLACEMENT_CARD"),
            row("2026-03-10T12:00:00Z", StatementRowType.TRANSFER_OUT, -1_000, "account-2"),
            row("2026-03-11T12:00:00Z", StatementRowType.DECLINED, 0, "Gladsaxe Skole"));

    @Test
    void purchasesLessRefundsAreSummedPerCopenhagenWeekFromMonday() {
        assertThat(Spending.of(MARCH, "Andet").perWeek()).containsExactly(
                new Spending.Bar("uge 10", 1_700), new Spending.Bar("uge 11", 500));
    }

    @Test
    void perPlaceTheMostFirstAndDepositsFeesAndTransfersAreNoSpending() {
        assertThat(Spending.of(MARCH, "Andet").perPlace()).containsExactly(
                new Spending.Bar("Gladsaxe Skole", 1_900), new Spending.Bar("Gladsaxe Bio", 300));
    }

    @Test
    void theChartDrawsOneBarPerNumberWithTheAmountAtItsEnd() {
        String svg = BarChartSvg.of(Spending.of(MARCH, "Andet").perPlace());
        assertThat(svg).startsWith("<svg").contains("aria-hidden=\"true\"", "19,00 kr.", "3,00 kr.", "Gladsaxe Skole");
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(BarChartSvg.escape("<Café & \"Bar\">")).isEqualTo("&lt;Café &amp; &quot;Bar&quot;&gt;");
    }

    @Test
    void perCategoryTheTillSoldLineByLineAndALineWithoutOneIsUnknown() {
        StatementRow lunch = new StatementRow("p1", Instant.parse("2026-03-02T11:00:00Z"), StatementRowType.PURCHASE,
                Money.ofOre(-2_900), Money.ZERO, "Gladsaxe Skole", null, List.of(
                        new PurchaseLine("frokost", "Frokost", 1, Money.ofOre(2_500), ProductCategory.MAALTID),
                        new PurchaseLine("cola", "Cola", 2, Money.ofOre(1_000), ProductCategory.SODAVAND),
                        new PurchaseLine("x", "Andet", 1, Money.ofOre(400), null)), null);
        StatementRow fruit = new StatementRow("p2", Instant.parse("2026-03-03T11:00:00Z"), StatementRowType.PURCHASE,
                Money.ofOre(-500), Money.ZERO, "Gladsaxe Skole", null, List.of(
                        new PurchaseLine("æble", "Æble", 1, Money.ofOre(500), ProductCategory.FRUGT)), null);

        assertThat(Spending.of(List.of(lunch, fruit), "Andet").perCategory()).containsExactly(
                new Spending.Bar("MAALTID", 2_500), new Spending.Bar("SODAVAND", 2_000),
                new Spending.Bar("FRUGT", 500), new Spending.Bar("UKENDT", 400));
    }

    @Test
    void noCategoryChartWhileNoLineCarriesACategory() {
        assertThat(Spending.of(MARCH, "Andet").perCategory()).isEmpty();
    }

    @Test
    void aPeriodWithoutPurchasesHasNothingToDraw() {
        assertThat(Spending.of(List.of(MARCH.get(0)), "Andet").isEmpty()).isTrue();
    }
}
