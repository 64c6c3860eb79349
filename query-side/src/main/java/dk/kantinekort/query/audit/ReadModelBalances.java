package dk.kantinekort.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import dk.kantinekort.api.money.Money;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The balances the portal shows, straight from the account summaries (the account package's collection): the side
 * of the ledger check that is derived, so it is read as stored, not through the summary queries.
 */
@Component
class ReadModelBalances {

    static final String SUMMARIES = "account_summaries";
    static final String ID = "_id";
    static final String BALANCE = "balance";

    private final MongoCollection<Document> summaries;

    ReadModelBalances(MongoDatabase readModelDatabase) {
        this.summaries = readModelDatabase.getCollection(SUMMARIES);
    }

    /** Hands every account's id and stored balance to {@code each}, one document at a time. */
    void forEach(BiConsumer<String, Money> each) {
        summaries.find().projection(Projections.include(ID, BALANCE))
                .forEach(d -> each.accept(d.get(ID).toString(), balanceOf(d)));
    }

    /** One account's stored balance; empty when the read model has no such account. */
    Optional<Money> of(String accountId) {
        return Optional.ofNullable(summaries.find(Filters.eq(ID, accountId))
                .projection(Projections.include(ID, BALANCE)).first()).map(ReadModelBalances::balanceOf);
    }

    private static Money balanceOf(Document summary) {
        Number balance = summary.get(BALANCE, Number.class);
        return Money.ofOre(balance == null ? 0 : balance.longValue());
    }
}
