package dk.kantinekort.ui.citizen.statement;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A Kontoudtog ready to show or download: worded in the citizen's language, times in Copenhagen, amounts in
 * øre. The screen, the PDF and the CSV are all drawn from this one value, so they cannot disagree.
 */
record StatementReport(
        String language,
        String heading,
        String accountLine,
        String periodLine,
        LocalDate start,
        LocalDate end,
        Columns columns,
        Balance opening,
        List<Entry> entries,
        Balance closing,
        String emptyText,
        Declines declines) implements Serializable {

    StatementReport {
        entries = List.copyOf(entries);
    }

    /** The column headings: Dato, Type, Beløb, Saldo, and the CSV's extra Beskrivelse. */
    record Columns(String date, String type, String amount, String balance, String description)
            implements Serializable {
    }

    /** The balance at the start or the end of the period, with its label. */
    record Balance(String label, long ore) implements Serializable {
    }

    /**
     * A money row: when, what kind (Hævet, Indbetaling, …), signed amount, balance after, a short description
     * (place, payment method, …) and for purchases the lines beneath it.
     */
    record Entry(LocalDateTime at, String type, long amountOre, long balanceOre, String description,
                 List<Line> lines, String reference) implements Serializable {
        Entry {
            description = description == null ? "" : description;
            lines = List.copyOf(lines);
        }

        /** A row without the statement's reference of it (printed reports need none). */
        Entry(LocalDateTime at, String type, long amountOre, long balanceOre, String description, List<Line> lines) {
            this(at, type, amountOre, balanceOre, description, lines, null);
        }
    }

    /** A purchase line: quantity, product and what the line cost, e.g. {@code 1x Ostehaps 3,00}. */
    record Line(int quantity, String name, long totalOre) implements Serializable {
    }

    /** Declined till attempts in the period, and what the citizen can do about each reason that occurred. */
    record Declines(String heading, String typeLabel, String dateLabel, String placeLabel, String reasonLabel,
                    List<Decline> attempts, String adviceHeading, List<Advice> advice) implements Serializable {
        Declines {
            attempts = List.copyOf(attempts);
            advice = List.copyOf(advice);
        }

        boolean isEmpty() {
            return attempts.isEmpty();
        }
    }

    /** One refused attempt: when, where and why (in words). */
    record Decline(LocalDateTime at, String place, String reason) implements Serializable {
        Decline {
            place = place == null ? "" : place;
        }
    }

    /** The guide's advice for one decline reason. */
    record Advice(String reason, String advice) implements Serializable {
    }
}
