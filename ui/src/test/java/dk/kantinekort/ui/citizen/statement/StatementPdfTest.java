package dk.kantinekort.ui.citizen.statement;

import static dk.kantinekort.ui.citizen.statement.StatementFixtures.MARCH;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.christiansCard;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.marchReport;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is read back with PDFBox, an independent reader: what a citizen's viewer would show. */
class StatementPdfTest {

    @Test
    void thePdfShowsTheReportAsTheGuideDoes() throws IOException {
        String text = textOf(StatementPdf.bytes(marchReport()));

        assertThat(text).contains("Kontoudtog", "Konto: Betalingskort – Christian Harms",
                "Periode: 01-03-2026 til 30-03-2026", "Saldo ved periodens start: 65,00 kr.",
                "Dato", "Type", "Beløb", "Saldo",
                "03-03-2026 11:42", "Hævet", "-14,00 kr.", "151,00 kr.",
                "1x Ostehaps 3,00", "1x Yoghurt 6,00", "1x Stor Grønballe 5,00",
                "Indbetaling", "Betalingskort", "Gebyr", "Nyt kort",
                "Saldo ved periodens slutning: 126,00 kr.");
    }

    @Test
    void purchaseLinesFollowTheirPurchase() throws IOException {
        String text = textOf(StatementPdf.bytes(marchReport()));

        int purchase = text.indexOf("-14,00 kr.");
        assertThat(purchase).isPositive();
        assertThat(text.indexOf("1x Ostehaps 3,00")).isGreaterThan(purchase);
        assertThat(text.indexOf("1x Ostehaps 3,00")).isLessThan(text.indexOf("Gebyr"));
    }

    @Test
    void declinedAttemptsAreListedWithReasonAndAdvice() throws IOException {
        String text = textOf(StatementPdf.bytes(marchReport())).replaceAll("\\s+", " ");

        assertThat(text).contains("Afviste køb", "Svømmehallen", "Kortet må ikke benyttes på denne enhed",
                "Kortet er spærret", "Sådan gør du hvis kortet ikke virker", "Aktiver kort");
    }

    @Test
    void theDocumentHasATitleAndALanguageForScreenReaders() throws IOException {
        try (PDDocument document = Loader.loadPDF(StatementPdf.bytes(marchReport()))) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Kontoudtog Periode: 01-03-2026 til 30-03-2026");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da");
        }
    }

    @Test
    void anEmptyPeriodSaysSo() throws IOException {
        Statement empty = new Statement("a", null, null, Money.ofOre(6500), Money.ofOre(6500), List.of());
        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(empty, christiansCard(), MARCH);

        String text = textOf(StatementPdf.bytes(report));

        assertThat(text).contains("Der er ingen bevægelser i perioden.").doesNotContain("Afviste køb");
    }

    @Test
    void aLongStatementRunsOverSeveralPagesWithTheColumnHeadingsOnEach() throws IOException {
        List<StatementRow> rows = new ArrayList<>();
        long balance = 100_000;
        for (int i = 0; i < 120; i++) {
            balance -= 1400;
            rows.add(StatementFixtures.purchase(LocalDateTime.of(2026, 3, 1, 8, 0).plusMinutes(i * 300L).toString(),
                    balance, "Kantinen", StatementFixtures.line(1, "Ostehaps", 300),
                    StatementFixtures.line(1, "Yoghurt", 600), StatementFixtures.line(1, "Stor Grønballe", 500)));
        }
        Statement statement = new Statement("a", null, null, Money.ofOre(100_000), Money.ofOre(balance), rows);
        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(statement, christiansCard(), MARCH);

        try (PDDocument document = Loader.loadPDF(StatementPdf.bytes(report))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Dato", "Beløb", "Saldo");
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
