package dk.kantinekort.ui.staff.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.bookkeeping.BookkeepingLine;
import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Figure;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Period;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.PlaceFigures;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookkeepingCsvTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("backoffice.bookkeeping.csv.from", "Fra"), Map.entry("backoffice.bookkeeping.csv.to", "Til"),
            Map.entry("backoffice.bookkeeping.csv.place", "Sted"),
            Map.entry("backoffice.bookkeeping.csv.account", "Konto"),
            Map.entry("backoffice.bookkeeping.csv.line", "Post"),
            Map.entry("backoffice.bookkeeping.csv.amount", "Beløb"),
            Map.entry("backoffice.bookkeeping.csv.late", "Heraf for sent"),
            Map.entry("backoffice.bookkeeping.total", "I alt"),
            Map.entry("backoffice.bookkeeping.opening", "Forpligtelse primo"),
            Map.entry("backoffice.bookkeeping.closing", "Forpligtelse ultimo"),
            Map.entry("backoffice.bookkeeping.by-balances", "Summen af saldi ultimo"),
            Map.entry("backoffice.bookkeeping.reconciliation", "Afstemning"),
            Map.entry("backoffice.bookkeeping.reconciled", "OK"),
            Map.entry("backoffice.bookkeeping.not-reconciled", "Difference"),
            Map.entry("backoffice.bookkeeping.line.SALES", "Salg ved kassen"),
            Map.entry("backoffice.bookkeeping.line.DEPOSITS_CASH", "Indbetalinger, kontant"),
            Map.entry("backoffice.bookkeeping.line.PAYOUTS", "Udbetalinger"));

    private static String csv(BookkeepingReport report) {
        return new String(BookkeepingCsv.bytes(report, key -> TEXTS.getOrDefault(key, key)), StandardCharsets.UTF_8);
    }

    private static BookkeepingReport report() {
        List<Figure> total = List.of(new Figure(BookkeepingLine.DEPOSITS_CASH, 123_450, "1010", 0),
                new Figure(BookkeepingLine.SALES, 4_500, "3010", 1_200),
                new Figure(BookkeepingLine.PAYOUTS, 0, "2010", 0));
        Period period = new Period(DAY, DAY, false, 10_000, 123_450, 4_500, 128_950, 128_950, 0, true, 1, total,
                List.of(new PlaceFigures("p1", "=Gladsaxe Skole", List.of(
                        new Figure(BookkeepingLine.SALES, 4_500, "3010", 1_200)))));
        return new BookkeepingReport(DAY, DAY, ReportGranularity.DAY, List.of(period), List.of());
    }

    @Test
    void theCsvIsSemicolonSeparatedWithDecimalCommaAndAByteOrderMark() {
        String csv = csv(report());

        assertThat(csv).startsWith("\uFEFFFra;Til;Sted;Konto;Post;Beløb;Heraf for sent\r\n");
        assertThat(csv).contains("05-11-2026;05-11-2026;I alt;1010;Indbetalinger, kontant;1234,50;0,00\r\n");
    }

    @Test
    void eachLineCarriesItsAccountNumberAndZeroLinesAreLeftOut() {
        String csv = csv(report());

        assertThat(csv).contains(";I alt;3010;Salg ved kassen;45,00;12,00\r\n");
        assertThat(csv).doesNotContain("Udbetalinger");
    }

    @Test
    void eachPeriodEndsWithTheLiabilityAndItsReconciliation() {
        String csv = csv(report());

        assertThat(csv).contains(";I alt;;Forpligtelse primo;100,00;\r\n")
                .contains(";I alt;;Forpligtelse ultimo;1289,50;\r\n")
                .contains(";I alt;;Summen af saldi ultimo;1289,50;\r\n")
                .contains(";I alt;;Afstemning;0,00;OK\r\n");
    }

    @Test
    void aPlaceNameThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(csv(report())).contains(";'=Gladsaxe Skole;3010;Salg ved kassen;45,00;12,00\r\n");
    }
}
