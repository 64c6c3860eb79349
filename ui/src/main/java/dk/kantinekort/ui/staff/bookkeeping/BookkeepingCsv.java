package dk.kantinekort.ui.staff.bookkeeping;

import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Figure;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The books as a spreadsheet file for the finance system and a Danish Excel, like the statements' CSV: semicolons,
 * decimal comma, UTF-8 with a byte order mark. One row per period, place and line of the chart of accounts (zero
 * lines left out), each with its account number; the liability's opening, closing and reconciliation close each
 * period's rows.
 */
final class BookkeepingCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
            .setRecordSeparator("\r\n").get();

    private BookkeepingCsv() {
    }

    /** {@code texts} words the line names and headings ({@code backoffice.bookkeeping.*} keys). */
    static byte[] bytes(BookkeepingReport report, Function<String, String> texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(texts.apply("backoffice.bookkeeping.csv.from"),
                    texts.apply("backoffice.bookkeeping.csv.to"), texts.apply("backoffice.bookkeeping.csv.place"),
                    texts.apply("backoffice.bookkeeping.csv.account"), texts.apply("backoffice.bookkeeping.csv.line"),
                    texts.apply("backoffice.bookkeeping.csv.amount"), texts.apply("backoffice.bookkeeping.csv.late"));
            String total = texts.apply("backoffice.bookkeeping.total");
            for (Period period : report.periods()) {
                String from = DATE.format(period.start());
                String to = DATE.format(period.end());
                printer.printRecord(from, to, total, "", texts.apply("backoffice.bookkeeping.opening"),
                        number(period.openingLiability()), "");
                figures(printer, from, to, total, period.total(), texts);
                for (BookkeepingReport.PlaceFigures place : period.places()) {
                    figures(printer, from, to, text(place.placeName()), place.figures(), texts);
                }
                printer.printRecord(from, to, total, "", texts.apply("backoffice.bookkeeping.closing"),
                        number(period.closingLiability()), "");
                printer.printRecord(from, to, total, "", texts.apply("backoffice.bookkeeping.by-balances"),
                        number(period.closingByBalances()), "");
                printer.printRecord(from, to, total, "", texts.apply("backoffice.bookkeeping.reconciliation"),
                        number(period.difference()), period.reconciled()
                                ? texts.apply("backoffice.bookkeeping.reconciled")
                                : texts.apply("backoffice.bookkeeping.not-reconciled"));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The bookkeeping CSV could not be written", e);
        }
        return out.toByteArray();
    }

    private static void figures(CSVPrinter printer, String from, String to, String place, List<Figure> figures,
                                Function<String, String> texts) throws IOException {
        for (Figure figure : figures) {
            if (figure.amount() != 0) {
                printer.printRecord(from, to, place, text(figure.account()),
                        texts.apply("backoffice.bookkeeping.line." + figure.line().name()), number(figure.amount()),
                        number(figure.late()));
            }
        }
    }

    /** Decimal comma, no thousands separator: "1234,50". */
    static String number(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString().replace('.', ',');
    }

    /** Place names and account numbers come from settings and staff: never a formula to a spreadsheet. */
    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
