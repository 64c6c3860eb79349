package dk.kantinekort.ui.citizen.statement;

import static dk.kantinekort.ui.citizen.statement.StatementFixtures.MARCH;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.christiansCard;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.marchReport;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

    @Test
    void theFileStartsWithAByteOrderMarkSoExcelReadsItAsUtf8() {
        byte[] csv = StatementCsv.bytes(marchReport());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void oneTableWithTheBalancesFirstAndLastAndTheLinesBeneathThePurchase() throws IOException {
        List<CSVRecord> records = parse(StatementCsv.bytes(marchReport()));

        assertThat(values(records.get(0))).containsExactly("Dato", "Type", "Beløb", "Saldo", "Beskrivelse");
        assertThat(values(records.get(1))).containsExactly("01-03-2026", "Saldo ved periodens start", "", "65,00", "");
        assertThat(values(records.get(2)))
                .containsExactly("02-03-2026 08:15", "Indbetaling", "100,00", "165,00", "Betalingskort");
        assertThat(values(records.get(3)))
                .containsExactly("03-03-2026 11:42", "Hævet", "-14,00", "151,00", "Kantinen Søborg Skole");
        assertThat(values(records.get(4))).containsExactly("", "", "", "", "1x Ostehaps 3,00");
        assertThat(values(records.get(5))).containsExactly("", "", "", "", "1x Yoghurt 6,00");
        assertThat(values(records.get(6))).containsExactly("", "", "", "", "1x Stor Grønballe 5,00");
        assertThat(values(records.get(7))).containsExactly("04-03-2026 12:01", "Afvist", "", "",
                "Kortet må ikke benyttes på denne enhed – Svømmehallen");
        assertThat(values(records.get(10))).containsExactly("06-03-2026 09:00", "Gebyr", "-25,00", "126,00", "Nyt kort");
        assertThat(values(records.get(11)))
                .containsExactly("30-03-2026", "Saldo ved periodens slutning", "", "126,00", "");
        assertThat(records).hasSize(12);
    }

    @Test
    void theAmountColumnAddsUpToTheMovementOfThePeriod() throws IOException {
        List<CSVRecord> records = parse(StatementCsv.bytes(marchReport()));

        long sum = records.subList(2, records.size() - 1).stream().map(r -> r.get(2)).filter(s -> !s.isEmpty())
                .mapToLong(s -> Long.parseLong(s.replace(",", ""))).sum();
        assertThat(sum).isEqualTo(12600 - 6500);
    }

    @Test
    void largeAmountsHaveNoThousandsSeparatorSoTheyStayNumbers() throws IOException {
        Statement statement = new Statement("a", null, null, Money.ofOre(123_456_78), Money.ofOre(123_456_78), List.of());
        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(statement, christiansCard(), MARCH);

        assertThat(parse(StatementCsv.bytes(report)).get(1).get(3)).isEqualTo("123456,78");
    }

    @Test
    void namesThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
        Statement statement = new Statement("a", null, null, Money.ofOre(5000), Money.ofOre(4700), List.of(
                StatementFixtures.purchase("2026-03-03T11:42", 4700, "=HYPERLINK(\"http://x\")",
                        StatementFixtures.line(1, "@SUM(A1)", 300))));
        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(statement, christiansCard(), MARCH);

        List<CSVRecord> records = parse(StatementCsv.bytes(report));

        assertThat(records.get(2).get(4)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(records.get(3).get(4)).isEqualTo("1x @SUM(A1) 3,00"); // starts with the quantity: harmless
        assertThat(StatementCsv.text("-1+2")).isEqualTo("'-1+2");
        assertThat(StatementCsv.text("Ostehaps")).isEqualTo("Ostehaps");
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), StatementCsv.FORMAT)) {
            return parser.getRecords();
        }
    }

    private static List<String> values(CSVRecord record) {
        return record.toList();
    }
}
