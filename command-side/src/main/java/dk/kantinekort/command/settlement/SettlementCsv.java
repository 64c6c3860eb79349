package dk.kantinekort.command.settlement;

import dk.kantinekort.api.settlement.SettlementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the provider's settlement report (Nets Easy's payout details export): a header row naming the columns, then
 * one line per charge or refund. Columns are found by their names (case, spaces and underscores ignored), separated
 * by semicolons or commas; amounts in kroner with a decimal point or comma. Throws {@link BadReport} naming the line.
 */
final class SettlementCsv {

    static final List<String> REQUIRED = List.of("paymentid", "transactiondate", "transactiontype", "grossamount",
            "fee", "netamount");

    /** The report cannot be read; the message says where. */
    static final class BadReport extends RuntimeException {
        BadReport(String message) {
            super(message, null, false, false);
        }
    }

    private SettlementCsv() {
    }

    static List<SettlementLine> parse(String csv) {
        String[] rows = csv.replace("\uFEFF", "").split("\r?\n");
        if (rows.length == 0 || rows[0].isBlank()) {
            throw new BadReport("The report is empty");
        }
        char separator = rows[0].indexOf(';') >= 0 ? ';' : ',';
        Map<String, Integer> columns = new HashMap<>();
        String[] header = split(rows[0], separator);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].toLowerCase(Locale.ROOT).replaceAll("[\\s_\"-]", ""), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new BadReport("The report has no column " + required + " (the header must name PaymentId, "
                        + "TransactionDate, TransactionType, GrossAmount, Fee and NetAmount)");
            }
        }
        List<SettlementLine> lines = new ArrayList<>();
        for (int r = 1; r < rows.length; r++) {
            if (rows[r].isBlank()) {
                continue;
            }
            String[] cells = split(rows[r], separator);
            int number = lines.size() + 1;
            Row row = new Row(cells, columns, number);
            lines.add(new SettlementLine(number, row.text("payoutid"), row.date("payoutdate", false),
                    row.date("transactiondate", true), row.required("paymentid"), row.text("chargeid"),
                    row.text("orderreference"), row.type(), row.text("paymentmethod"), row.ore("grossamount"),
                    row.ore("fee"), row.ore("netamount")));
        }
        return lines;
    }

    /** Splits a line; a cell in double quotes may hold the separator. */
    private static String[] split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells.toArray(String[]::new);
    }

    private record Row(String[] cells, Map<String, Integer> columns, int number) {

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length || cells[index].isBlank()) {
                return null;
            }
            return cells[index];
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw new BadReport("Line " + number + ": " + column + " is missing");
            }
            return value;
        }

        LocalDate date(String column, boolean required) {
            String value = required ? required(column) : text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                throw new BadReport("Line " + number + ": " + column + " is not a date (yyyy-MM-dd)");
            }
        }

        SettlementLine.Type type() {
            String value = required("transactiontype").toLowerCase(Locale.ROOT);
            if (value.startsWith("charge") || value.equals("capture") || value.equals("payment")) {
                return SettlementLine.Type.CHARGE;
            }
            if (value.startsWith("refund")) {
                return SettlementLine.Type.REFUND;
            }
            throw new BadReport("Line " + number + ": unknown TransactionType " + value);
        }

        long ore(String column) {
            String value = required(column).replace(" ", "");
            if (value.indexOf(',') >= 0 && value.indexOf('.') >= 0) {
                value = value.replace(".", "");
            }
            try {
                BigDecimal kroner = new BigDecimal(value.replace(',', '.'));
                return kroner.movePointRight(2).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new BadReport("Line " + number + ": " + column + " is not an amount in kroner");
            }
        }
    }
}
