package dk.kantinekort.query.offline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The offline read models: booked offline sales, and the accounts that may not buy offline (by account id). */
@Component
class OfflineCollections {

    static final String SALES = "offline_sales";
    static final String DENIED = "offline_denied";
    static final String PLACES = "staff_places";

    static final String ID = "_id";
    static final String ACCOUNT_ID = "accountId";
    static final String SALE_ID = "saleId";
    static final String SOLD_AT = "soldAt";
    static final String BOOKED_AT = "bookedAt";
    static final String PLACE_ID = "placeId";
    static final String TOTAL = "total";
    static final String BALANCE_AFTER = "balanceAfter";
    static final String FLAGS = "flags";
    static final String DEBT = "debt";
    static final String BLOCKED = "blocked";
    static final String ACCOUNT_BLOCKED = "accountBlocked";

    final MongoCollection<Document> sales;
    final MongoCollection<Document> denied;
    final MongoCollection<Document> places;
    final MongoCollection<Document> summaries;

    OfflineCollections(MongoDatabase readModelDatabase) {
        sales = readModelDatabase.getCollection(SALES);
        denied = readModelDatabase.getCollection(DENIED);
        places = readModelDatabase.getCollection(PLACES);
        summaries = readModelDatabase.getCollection("account_summaries");
        sales.createIndex(Indexes.ascending(ACCOUNT_ID, SOLD_AT));
    }
}
