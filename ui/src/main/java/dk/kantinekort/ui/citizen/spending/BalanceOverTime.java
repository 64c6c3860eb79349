package dk.kantinekort.ui.citizen.spending;

import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mine Konti's "Saldo over tid": the balance at the end of each Copenhagen day of a period, from the statement's
 * opening balance and the balance each row left (a day without rows keeps the day before's).
 */
public record BalanceOverTime(List<Day> days) {

    /** The balance at the end of one day, in øre. */
    public record Day(LocalDate day, long ore) {
    }

    /** The days {@code first}..{@code last} (inclusive) of the statement. */
    public static BalanceOverTime of(Statement statement, LocalDate first, LocalDate last) {
        Map<LocalDate, Long> endOfDay = new TreeMap<>();
        statement.rows().stream().filter(row -> row.balanceAfter() != null)
                .sorted(Comparator.comparing(StatementRow::at))
                .forEach(row -> endOfDay.put(row.at().atZone(Spending.ZONE).toLocalDate(), row.balanceAfter().ore()));
        long balance = statement.openingBalance() == null ? 0 : statement.openingBalance().ore();
        List<Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            balance = endOfDay.getOrDefault(day, balance);
            days.add(new Day(day, balance));
        }
        return new BalanceOverTime(List.copyOf(days));
    }
}
