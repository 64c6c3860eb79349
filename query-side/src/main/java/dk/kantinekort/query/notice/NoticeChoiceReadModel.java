package dk.kantinekort.query.notice;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Each citizen's notice choice per account (collection {@code notice_choices}, id {@code <accountId>|<citizenId>}),
 * the address kept sealed as the event carries it: only the query opens it.
 */
@Component
class NoticeChoiceReadModel {

    static final String COLLECTION = "notice_choices";

    private final MongoCollection<Document> choices;

    NoticeChoiceReadModel(MongoDatabase readModelDatabase) {
        choices = readModelDatabase.getCollection(COLLECTION);
    }

    static String id(String accountId, String citizenId) {
        return accountId + "|" + citizenId;
    }

    void chosen(NoticesChosen event) {
        SealedData address = event.address();
        Document choice = new Document("_id", id(event.accountId(), event.citizenId()))
                .append("accountId", event.accountId())
                .append("citizenId", event.citizenId())
                .append("kinds", event.kinds().stream().map(Enum::name).sorted().toList())
                .append("lowBalanceBelow", event.lowBalanceBelow() == null ? null : event.lowBalanceBelow().ore())
                .append("delivery", event.delivery().name())
                .append("address", address == null ? null : new Document("keyId", address.keyId())
                        .append("iv", address.iv()).append("ciphertext", address.ciphertext()));
        ReadModelBatch.current().write(choices, new ReplaceOneModel<>(Filters.eq("_id", choice.getString("_id")),
                choice, new ReplaceOptions().upsert(true)));
    }

    void stopped(String accountId, String citizenId) {
        ReadModelBatch.current().write(choices, new DeleteOneModel<>(Filters.eq("_id", id(accountId, citizenId))));
    }

    Optional<Document> find(String accountId, String citizenId) {
        return Optional.ofNullable(choices.find(Filters.eq("_id", id(accountId, citizenId))).first());
    }

    void clear() {
        choices.deleteMany(new Document());
    }
}
