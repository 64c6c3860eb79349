package dk.kantinekort.query.account;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The account read models: summaries (by account id), card numbers (current and former, by number) and
 * citizens (by citizen id). Every hot look-up goes by {@code _id}, the only index the embedded wire server
 * really uses; the index for the holder-name order serves a real MongoDB.
 */
@Component
class AccountCollections {

    static final String SUMMARIES = "account_summaries";
    static final String CARD_NUMBERS = "card_numbers";
    static final String CITIZENS = "citizens";

    static final String ID = "_id";
    static final String CITIZEN_ID = "citizenId";
    static final String HOLDER_NAME = "holderName";
    static final String CPR_MASKED = "cprMasked";
    static final String DISPLAY_NAME = "displayName";
    static final String BALANCE = "balance";
    static final String STATUS = "status";
    static final String BLOCKED_BY = "blockedBy";
    static final String CARD_STATUS = "cardStatus";
    static final String CARD_BLOCKED_BY = "cardBlockedBy";
    static final String CURRENT_CARD = "currentCardNumber";
    static final String FORMER_CARDS = "formerCardNumbers";
    static final String ALLOWED_UNITS = "allowedUnits";
    static final String LAST_CHANGED_AT = "lastChangedAt";
    static final String ACCOUNT_ID = "accountId";
    static final String NAME = "name";
    static final String ACCOUNT_IDS = "accountIds";

    final MongoCollection<Document> summaries;
    final MongoCollection<Document> cardNumbers;
    final MongoCollection<Document> citizens;

    AccountCollections(MongoDatabase readModelDatabase) {
        summaries = readModelDatabase.getCollection(SUMMARIES);
        cardNumbers = readModelDatabase.getCollection(CARD_NUMBERS);
        citizens = readModelDatabase.getCollection(CITIZENS);
        summaries.createIndex(Indexes.ascending(HOLDER_NAME, ID));
    }
}
