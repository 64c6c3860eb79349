package dk.kantinekort.query.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.bookkeeping.BookkeepingLine;
import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Figure;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Period;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BookkeepingFoldTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @Test
    void theScriptedMonthReconcilesOpeningPlusInMinusOutWithTheClosingBalances() {
        Period november = month(ScriptedMonth.november());

        assertThat(november.openingLiability()).isEqualTo(10_000);
        assertThat(november.moneyIn()).isEqualTo(41_500);
        assertThat(november.moneyOut()).isEqualTo(27_500);
        assertThat(november.closingLiability()).isEqualTo(24_000);
        assertThat(november.closingByBalances()).isEqualTo(24_000);
        assertThat(november.reconciled()).isTrue();
        assertThat(november.difference()).isZero();
    }

    @Test
    void everyLineOfTheMonthIsFoldedFromItsEvents() {
        Map<BookkeepingLine, Long> lines = amounts(month(ScriptedMonth.november()).total());

        assertThat(lines).containsEntry(BookkeepingLine.SALES, 8_500L)
                .containsEntry(BookkeepingLine.REFUNDS, 1_000L)
                .containsEntry(BookkeepingLine.WEBSHOP_CANTEEN_CARD, 3_500L)
                .containsEntry(BookkeepingLine.WEBSHOP_REFUNDS, 3_500L)
                .containsEntry(BookkeepingLine.WEBSHOP_PAYMENT_CARD, 3_500L)
                .containsEntry(BookkeepingLine.SUBSCRIPTIONS, 4_500L)
                .containsEntry(BookkeepingLine.FEES_FROM_BALANCE, 2_500L)
                .containsEntry(BookkeepingLine.CARD_FEES, 650L)
                .containsEntry(BookkeepingLine.DEPOSITS_PAYMENT_CARD, 20_000L)
                .containsEntry(BookkeepingLine.DEPOSITS_MOBILEPAY, 5_000L)
                .containsEntry(BookkeepingLine.DEPOSITS_AUTO_TOP_UP, 10_000L)
                .containsEntry(BookkeepingLine.DEPOSITS_CASH, 0L)
                .containsEntry(BookkeepingLine.DEPOSITS_MANUAL_CORRECTION, 2_000L)
                .containsEntry(BookkeepingLine.PAYOUTS, 13_000L)
                .containsEntry(BookkeepingLine.OTHER_IN, 0L);
    }

    @Test
    void theOtherPartsMoneyIsBookedByName_offlineSalesAreSalesDisputeRefundsRefundsAndTransfersMovesThatAddToNothing() {
        List<ScriptedMonth.Stamped> november = ScriptedMonth.november();
        // in the store's order: these come before the script's last event, December's deposit
        List<ScriptedMonth.Stamped> events = new ArrayList<>(november.subList(0, november.size() - 1));
        events.add(ScriptedMonth.stamped("2026-11-25T12:00", new dk.kantinekort.api.transfer.TransferDebited(
                ScriptedMonth.ANNA, "t1", ScriptedMonth.BO, dk.kantinekort.api.money.Money.ofOre(1_000),
                dk.kantinekort.api.money.Money.ofOre(23_000))));
        events.add(ScriptedMonth.stamped("2026-11-25T12:00", new dk.kantinekort.api.transfer.TransferCredited(
                ScriptedMonth.BO, "t1", ScriptedMonth.ANNA, dk.kantinekort.api.money.Money.ofOre(1_000),
                dk.kantinekort.api.money.Money.ofOre(1_000))));
        events.add(ScriptedMonth.stamped("2026-11-26T12:00", new dk.kantinekort.api.offline.OfflineSaleBooked(
                ScriptedMonth.ANNA, "s1", new dk.kantinekort.api.card.CardNumber("1562265116"), ScriptedMonth.SCHOOL,
                "till-1", dk.kantinekort.api.account.UnitKind.SCHOOL, List.of(), dk.kantinekort.api.money.Money.ofOre(700),
                java.time.Instant.parse("2026-11-26T10:00:00Z"), dk.kantinekort.api.money.Money.ofOre(22_300),
                java.util.Set.of(), "f")));
        events.add(ScriptedMonth.stamped("2026-11-27T12:00", new dk.kantinekort.api.dispute.DisputeRefunded(
                ScriptedMonth.ANNA, "d1", dk.kantinekort.api.money.Money.ofOre(300),
                dk.kantinekort.api.money.Money.ofOre(22_600))));
        events.add(november.get(november.size() - 1));

        Period month = month(events);

        assertThat(amounts(month.total())).containsEntry(BookkeepingLine.MOVED_OUT, 1_000L)
                .containsEntry(BookkeepingLine.MOVED_IN, 1_000L)
                .containsEntry(BookkeepingLine.SALES, 9_200L)
                .containsEntry(BookkeepingLine.REFUNDS, 1_300L)
                .containsEntry(BookkeepingLine.OTHER_IN, 0L)
                .containsEntry(BookkeepingLine.OTHER_OUT, 0L);
        assertThat(month.reconciled()).isTrue();
    }

    @Test
    void salesRefundsAndWebshopAreAlsoReportedPerPlace() {
        Period november = month(ScriptedMonth.november());

        Map<String, Map<BookkeepingLine, Long>> places = november.places().stream().collect(Collectors.toMap(
                BookkeepingReport.PlaceFigures::placeName, p -> amounts(p.figures())));
        assertThat(places.get("Gladsaxe Skole")).containsEntry(BookkeepingLine.SALES, 4_500L)
                .containsEntry(BookkeepingLine.REFUNDS, 1_000L)
                .containsEntry(BookkeepingLine.WEBSHOP_PAYMENT_CARD, 3_500L);
        assertThat(places.get("Gladsaxe Bio")).containsEntry(BookkeepingLine.SALES, 4_000L)
                .containsEntry(BookkeepingLine.WEBSHOP_CANTEEN_CARD, 3_500L)
                .containsEntry(BookkeepingLine.WEBSHOP_REFUNDS, 3_500L);
    }

    @Test
    void eachLineCarriesTheAccountNumberOfTheChartOfAccounts() {
        Period november = month(ScriptedMonth.november());

        assertThat(november.total()).filteredOn(f -> f.line() == BookkeepingLine.SALES)
                .extracting(Figure::account).containsExactly("3010");
        assertThat(november.total()).filteredOn(f -> f.line() == BookkeepingLine.PAYOUTS)
                .extracting(Figure::account).containsExactly("");
    }

    @Test
    void dailyPeriodsChainTheirLiabilitiesAndEachReconciles() {
        BookkeepingReport days = fold(ScriptedMonth.november(), NOV_1, NOV_30, ReportGranularity.DAY);

        assertThat(days.periods()).hasSize(30).allMatch(Period::reconciled);
        for (int i = 1; i < days.periods().size(); i++) {
            assertThat(days.periods().get(i).openingLiability())
                    .isEqualTo(days.periods().get(i - 1).closingLiability());
        }
        assertThat(days.periods().get(4).total()).filteredOn(f -> f.line() == BookkeepingLine.SALES)
                .extracting(Figure::amount).containsExactly(4_500L);
    }

    @Test
    void aClosedMonthDoesNotChangeWhenALateEventComes() {
        Period before = month(ScriptedMonth.november());
        Period after = month(ScriptedMonth.novemberClosedThenALatePurchase());

        assertThat(after.closed()).isTrue();
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.closingLiability()).isEqualTo(before.closingLiability()).isEqualTo(24_000);
        assertThat(after.reconciled()).isTrue();
    }

    @Test
    void aLateEventIsBookedOnTheFirstDayOfTheNextOpenMonthAndMarkedLate() {
        BookkeepingReport december = fold(ScriptedMonth.novemberClosedThenALatePurchase(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), ReportGranularity.DAY);

        Period first = december.periods().get(0);
        assertThat(first.closed()).isFalse();
        assertThat(first.lateEvents()).isEqualTo(1);
        assertThat(first.openingLiability()).isEqualTo(24_000);
        assertThat(first.total()).filteredOn(f -> f.line() == BookkeepingLine.SALES)
                .extracting(Figure::amount, Figure::late).containsExactly(org.assertj.core.groups.Tuple.tuple(1_200L, 1_200L));
        assertThat(first.closingLiability()).isEqualTo(23_800);
        assertThat(december.periods()).allMatch(Period::reconciled);
        assertThat(december.periods().get(1).lateEvents()).isZero();
        assertThat(december.closedMonths()).containsExactly("2026-11");
    }

    @Test
    void anEventWhoseAmountDisagreesWithTheBalanceItLeftShowsAsADifference() {
        List<ScriptedMonth.Stamped> events = new ArrayList<>(ScriptedMonth.november());
        // 10,00 kr. said to be deposited, but the balance went up by 12,00 kr.
        events.add(new ScriptedMonth.Stamped(ScriptedMonth.deposit(ScriptedMonth.ANNA, 1_000, DepositMethod.CASH,
                25_200), java.time.Instant.parse("2026-11-29T12:00:00Z")));

        Period november = month(events);

        assertThat(november.reconciled()).isFalse();
        assertThat(november.closingLiability()).isEqualTo(25_000);
        assertThat(november.closingByBalances()).isEqualTo(25_200);
        assertThat(november.difference()).isEqualTo(200);
    }

    private static Period month(List<ScriptedMonth.Stamped> events) {
        BookkeepingReport report = fold(events, NOV_1, NOV_30, ReportGranularity.MONTH);
        assertThat(report.periods()).hasSize(1);
        return report.periods().get(0);
    }

    static BookkeepingReport fold(List<ScriptedMonth.Stamped> events, LocalDate from, LocalDate to,
                                  ReportGranularity granularity) {
        BookkeepingFold fold = new BookkeepingFold(from, to, granularity,
                line -> line == BookkeepingLine.SALES ? "3010" : "");
        events.forEach(e -> fold.accept(e.payload(), e.at()));
        return fold.report();
    }

    private static Map<BookkeepingLine, Long> amounts(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::line, Figure::amount));
    }
}
