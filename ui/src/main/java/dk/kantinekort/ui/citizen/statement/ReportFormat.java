package dk.kantinekort.ui.citizen.statement;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the report writes dates and amounts: the guide's dd-MM-yyyy and HH:mm, Danish decimal comma. */
final class ReportFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private ReportFormat() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime at) {
        return DATE_TIME.format(at);
    }

    /** "-14,00 kr." */
    static String money(long ore) {
        return DanishFormat.money(Money.ofOre(ore));
    }

    /** A purchase line as on the guide's statement: "1x Ostehaps 3,00". */
    static String line(StatementReport.Line line) {
        return line.quantity() + "x " + line.name() + " " + DanishFormat.amount(Money.ofOre(line.totalOre()));
    }

    /**
     * An amount for a spreadsheet: decimal comma, no thousands separator and no currency, so a Danish Excel
     * reads it as a number ("-1234,50").
     */
    static String spreadsheetNumber(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString().replace('.', ',');
    }
}
