package dk.kantinekort.ui.citizen.statement;

import static dk.kantinekort.ui.citizen.statement.StatementFixtures.marchReport;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.ui.citizen.proof.StatementChecks;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** With statement proofs on, the PDF and the CSV end with the chain position, hash and verification code. */
class ChainFooterTest {

    static final String HASH = "3f".repeat(32);
    static final String CODE = "7QK2-M9XD-F4TR";

    static ChainFooter footer() {
        BundleTexts texts = BundleTexts.danish();
        return new ChainFooter(texts.text("statement.proof.heading"), texts.text("statement.proof.code"), CODE,
                texts.text("statement.proof.position"), 41, texts.text("statement.proof.hash"), HASH,
                texts.text("statement.proof.how"));
    }

    @Test
    void thePdfEndsWithTheChainPositionHashAndCode() throws IOException {
        String text = textOf(StatementPdf.bytes(marchReport(), footer()));

        assertThat(text).contains("Bevis for kontoudskriften", "Kontrolkode: " + CODE, "Kædeposition: 41",
                "Kædehash (SHA-256): " + HASH, "Bekræft kontoudskrift");
        assertThat(text.indexOf("Kontrolkode")).isGreaterThan(text.indexOf("Saldo ved periodens slutning"));
    }

    @Test
    void aStatementPdfTellsBekraeftItsCodeAndHash() {
        assertThat(StatementChecks.read(StatementPdf.bytes(marchReport(), footer())))
                .contains(new StatementChecks.PrintedProof(CODE, HASH));
        assertThat(StatementChecks.read(StatementPdf.bytes(marchReport()))).as("no proof without the part").isEmpty();
        assertThat(StatementChecks.read("not a pdf".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theCsvEndsWithTheProofRowsAfterTheClosingBalanceWithoutAmounts() throws IOException {
        List<CSVRecord> rows = parse(StatementCsv.bytes(marchReport(), footer()));
        List<CSVRecord> plain = parse(StatementCsv.bytes(marchReport()));

        assertThat(rows).hasSize(plain.size() + 5);
        assertThat(rows.subList(plain.size(), rows.size())).allMatch(r -> r.get(2).isEmpty());
        assertThat(rows.get(plain.size() + 1).toList()).containsExactly("", "Kontrolkode", "", "", CODE);
        assertThat(rows.get(plain.size() + 2).toList()).containsExactly("", "Kædeposition", "", "", "41");
        assertThat(rows.get(plain.size() + 3).toList()).containsExactly("", "Kædehash (SHA-256)", "", "", HASH);
    }

    @Test
    void withoutTheFooterTheDownloadsHaveNoProof() throws IOException {
        assertThat(textOf(StatementPdf.bytes(marchReport()))).doesNotContain("Kontrolkode");
        assertThat(new String(StatementCsv.bytes(marchReport()), StandardCharsets.UTF_8)).doesNotContain("Kontrolkode");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), StatementCsv.FORMAT)) {
            return parser.getRecords();
        }
    }
}
