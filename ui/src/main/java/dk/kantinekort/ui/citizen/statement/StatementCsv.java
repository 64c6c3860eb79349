package dk.kantinekort.ui.citizen.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Kontoudtog as a spreadsheet file for a Danish Excel: semicolons, decimal comma, UTF-8 with a byte order
 * mark (without it Excel reads æ, ø and å as Windows-1252). One table only (Dato, Type, Beløb, Saldo,
 * Beskrivelse): the opening and closing balance are its first and last row, purchase lines follow their
 * purchase with only a description, so a sum of the Beløb column is the period's movement.
 */
final class StatementCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private StatementCsv() {
    }

    static byte[] bytes(StatementReport report) {
        return bytes(report, null);
    }

    /** With the hash chain's footer as the last rows, when statement proofs are on ({@code footer} not null). */
    static byte[] bytes(StatementReport report, ChainFooter footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, footer, out);
        return out.toByteArray();
    }

    static void write(StatementReport report, OutputStream out) {
        write(report, null, out);
    }

    static void write(StatementReport report, ChainFooter footer, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            StatementReport.Columns columns = report.columns();
            printer.printRecord(columns.date(), columns.type(), columns.amount(), columns.balance(),
                    columns.description());
            printer.printRecord(ReportFormat.date(report.start()), report.opening().label(), "",
                    ReportFormat.spreadsheetNumber(report.opening().ore()), "");
            for (Row row : chronological(report)) {
                row.print(printer);
            }
            printer.printRecord(ReportFormat.date(report.end()), report.closing().label(), "",
                    ReportFormat.spreadsheetNumber(report.closing().ore()), "");
            if (footer != null) {
                // after the closing balance, with no amount: a sum of the Beløb column stays the period's movement
                printer.printRecord("", text(footer.heading()), "", "", "");
                for (String[] row : footer.rows()) {
                    printer.printRecord("", text(row[0]), "", "", text(row[1]));
                }
                printer.printRecord("", "", "", "", text(footer.howToCheck()));
            }
            printer.flush(); // not close(): the stream belongs to the caller (the download response)
        } catch (IOException e) {
            throw new UncheckedIOException("The statement CSV could not be written", e);
        }
    }

    /** Money rows and declined attempts in the order they happened, as one list. */
    private static List<Row> chronological(StatementReport report) {
        List<Row> rows = new ArrayList<>();
        report.entries().forEach(entry -> rows.add(new EntryRow(entry)));
        String declined = report.declines().typeLabel();
        report.declines().attempts().forEach(attempt -> rows.add(new DeclineRow(attempt, declined)));
        rows.sort(Comparator.comparing(Row::at)); // stable: rows at the same minute keep their order
        return rows;
    }

    /**
     * A cell that begins with =, +, -, @ or a control character is a formula to a spreadsheet; product and
     * place names come from tills, so they are quoted as text (OWASP "CSV injection").
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }

    private interface Row {
        LocalDateTime at();

        void print(CSVPrinter printer) throws IOException;
    }

    private record EntryRow(StatementReport.Entry entry) implements Row {
        @Override
        public LocalDateTime at() {
            return entry.at();
        }

        @Override
        public void print(CSVPrinter printer) throws IOException {
            printer.printRecord(ReportFormat.dateTime(entry.at()), text(entry.type()),
                    ReportFormat.spreadsheetNumber(entry.amountOre()), ReportFormat.spreadsheetNumber(entry.balanceOre()),
                    text(entry.description()));
            for (StatementReport.Line line : entry.lines()) {
                printer.printRecord("", "", "", "", text(ReportFormat.line(line)));
            }
        }
    }

    private record DeclineRow(StatementReport.Decline attempt, String typeLabel) implements Row {
        @Override
        public LocalDateTime at() {
            return attempt.at();
        }

        @Override
        public void print(CSVPrinter printer) throws IOException {
            String where = attempt.place().isEmpty() ? "" : " – " + attempt.place();
            printer.printRecord(ReportFormat.dateTime(attempt.at()), text(typeLabel), "", "",
                    text(attempt.reason() + where));
        }
    }
}
