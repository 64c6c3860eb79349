package dk.kantinekort.api.statement;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;

/** A statement: the account, the period, the opening and closing balance and the rows. */
public record Statement(String accountId, Instant from, Instant to, Money openingBalance, Money closingBalance, List<StatementRow> rows) {
}
