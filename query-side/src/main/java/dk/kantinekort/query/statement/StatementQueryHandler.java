package dk.kantinekort.query.statement;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static dk.kantinekort.query.statement.StatementCollections.ACCOUNT_ID;
import static dk.kantinekort.query.statement.StatementCollections.AT;
import static dk.kantinekort.query.statement.StatementCollections.BALANCE_AFTER;
import static dk.kantinekort.query.statement.StatementCollections.SEQUENCE;

/**
 * Answers {@link FindStatement}: the rows of the period in the order they happened, the balance before the
 * period (that of the last money row before it, or zero) and the balance at its end.
 */
@Component
class StatementQueryHandler {

    private static final Bson IN_ORDER = Sorts.ascending(AT, SEQUENCE);
    private static final Bson LATEST_FIRST = Sorts.descending(AT, SEQUENCE);

    private final StatementCollections collections;

    StatementQueryHandler(StatementCollections collections) {
        this.collections = collections;
    }

    @QueryHandler
    Statement handle(FindStatement query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new IllegalArgumentException("The statement period ends before it starts");
        }
        Money opening = balanceBefore(query.accountId(), query.from());
        List<Bson> period = new ArrayList<>(List.of(Filters.eq(ACCOUNT_ID, query.accountId())));
        if (query.from() != null) {
            period.add(Filters.gte(AT, Date.from(query.from())));
        }
        if (query.to() != null) {
            period.add(Filters.lt(AT, Date.from(query.to())));
        }
        List<StatementRow> rows = new ArrayList<>();
        Money balance = opening;
        for (Document document : collections.rows.find(Filters.and(period)).sort(IN_ORDER)) {
            StatementRow row = StatementRowDocument.toRow(document, balance);
            rows.add(row);
            balance = row.balanceAfter();
        }
        return new Statement(query.accountId(), query.from(), query.to(), opening, balance, List.copyOf(rows));
    }

    private Money balanceBefore(String accountId, Instant instant) {
        if (instant == null) {
            return Money.ZERO;
        }
        Document last = collections.rows.find(Filters.and(
                        Filters.eq(ACCOUNT_ID, accountId),
                        Filters.lt(AT, Date.from(instant)),
                        Filters.exists(BALANCE_AFTER)))
                .sort(LATEST_FIRST)
                .limit(1)
                .first();
        return last == null ? Money.ZERO : StatementRowDocument.balanceAfter(last);
    }
}
