package dk.kantinekort.ui.citizen.spending;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forbrug on Mine Konti: the balance at the end of each Copenhagen day, as the line and its table show it. */
class BalanceOverTimeTest {

    private static StatementRow row(String at, StatementRowType type, long amount, Long after) {
        return new StatementRow(at, Instant.parse(at), type, Money.ofOre(amount), after == null ? null : Money.ofOre(after),
                "Gladsaxe Skole", null, List.of(), null);
    }

    private static final Statement MARCH = new Statement("a1", Instant.parse("2026-03-01T23:00:00Z"),
            Instant.parse("2026-03-05T23:00:00Z"), Money.ofOre(5_000), Money.ofOre(3_000), List.of(
                    row("2026-03-02T11:00:00Z", StatementRowType.PURCHASE, -1_000, 4_000L),
                    row("2026-03-02T12:00:00Z", StatementRowType.PURCHASE, -500, 3_500L),
                    row("2026-03-02T12:30:00Z", StatementRowType.DECLINED, 0, null),
                    row("2026-03-03T23:30:00Z", StatementRowType.PURCHASE, -500, 3_000L))); // 00:30 on 4 March

    @Test
    void eachDayEndsWithTheBalanceItsLastRowLeftAndADayWithoutRowsKeepsTheDayBefores() {
        BalanceOverTime history = BalanceOverTime.of(MARCH, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));

        assertThat(history.days()).containsExactly(
                new BalanceOverTime.Day(LocalDate.of(2026, 3, 2), 3_500),
                new BalanceOverTime.Day(LocalDate.of(2026, 3, 3), 3_500),
                new BalanceOverTime.Day(LocalDate.of(2026, 3, 4), 3_000),
                new BalanceOverTime.Day(LocalDate.of(2026, 3, 5), 3_000));
    }

    @Test
    void theDaysBeforeTheFirstRowShowTheOpeningBalance() {
        BalanceOverTime history = BalanceOverTime.of(MARCH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));

        assertThat(history.days()).containsExactly(new BalanceOverTime.Day(LocalDate.of(2026, 3, 1), 5_000));
    }

    @Test
    void theLineHasOnePointPerDayAndNamesTheHighestBalance() {
        String svg = BalanceChartSvg.of(BalanceOverTime.of(MARCH, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5))
                .days(), "02-03-2026", "05-03-2026");

        assertThat(svg).startsWith("<svg").contains("aria-hidden=\"true\"", "35,00 kr.", "02-03-2026", "05-03-2026");
        String points = svg.replaceAll("(?s).*points=\"([^\"]*)\".*", "$1");
        assertThat(points.split(" ")).hasSize(4);
    }
}
