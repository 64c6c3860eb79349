package dk.kantinekort.query.statement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The statement read models: one row per money event or declined attempt, and the names of places. */
@Component
class StatementCollections {

    static final String STATEMENT_ROWS = "statement_rows";
    static final String PLACES = "places";

    static final String ID = "_id";
    static final String ACCOUNT_ID = "accountId";
    static final String AT = "at";
    static final String SEQUENCE = "seq";
    static final String TYPE = "type";
    static final String REFERENCE = "ref";
    static final String AMOUNT = "amount";
    static final String BALANCE_AFTER = "balanceAfter";
    static final String TEXT = "text";
    static final String PLACE_ID = "placeId";
    static final String LINES = "lines";
    static final String TEMPORARY_CARD = "temporaryCard";
    static final String DECLINE_REASON = "declineReason";
    /** A decline by a spending rule: the rule it broke (limit and spent today in øre, unit kind, category). */
    static final String BROKEN_RULE = "brokenRule";
    static final String CATEGORY = "category";
    static final String SKU = "sku";
    static final String NAME = "name";
    static final String QUANTITY = "quantity";
    static final String UNIT_PRICE = "unitPrice";
    static final String UNIT_KIND = "unitKind";

    final MongoCollection<Document> rows;
    final MongoCollection<Document> places;

    StatementCollections(MongoDatabase readModelDatabase) {
        rows = readModelDatabase.getCollection(STATEMENT_ROWS);
        places = readModelDatabase.getCollection(PLACES);
        rows.createIndex(Indexes.ascending(ACCOUNT_ID, AT, SEQUENCE));
    }
}
