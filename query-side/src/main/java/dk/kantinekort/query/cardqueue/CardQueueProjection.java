package dk.kantinekort.query.cardqueue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.account.FindPendingCardReplacement;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.account.PersonalData;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The card production queue (F16): a document per ordered replacement card, gone once it is produced. Keyed by
 * account and order, and written absolutely, so a replay ends with the same queue. The delivery address recorded
 * with the order is kept sealed as the event carries it and opened only when asked for.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class CardQueueProjection {

    static final String COLLECTION = "card_replacement_queue";
    private static final String ID = "_id";
    private static final String ACCOUNT_ID = "accountId";
    private static final String ORDER_ID = "orderId";
    private static final String OLD_CARD = "oldCardNumber";
    private static final String NEW_CARD = "newCardNumber";
    private static final String ORDERED_AT = "orderedAt";
    private static final String DELIVERY_ADDRESS = "deliveryAddress";
    private static final int MAX_LIST = 1_000;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> queue;
    private final PersonalData personalData;

    CardQueueProjection(MongoDatabase readModelDatabase, PersonalData personalData) {
        this.queue = readModelDatabase.getCollection(COLLECTION);
        this.personalData = personalData;
    }

    /** A rebuild (replay from the first event) starts with an empty queue. */
    @ResetHandler
    void reset() {
        queue.deleteMany(new Document());
    }

    @EventHandler
    void on(ReplacementCardOrdered event, @Timestamp Instant at) {
        String id = id(event.accountId(), event.orderId());
        ReadModelBatch.current().write(queue, new ReplaceOneModel<>(Filters.eq(ID, id), new Document(ID, id)
                .append(ACCOUNT_ID, event.accountId())
                .append(ORDER_ID, event.orderId())
                .append(OLD_CARD, event.currentCardNumber() == null ? null : event.currentCardNumber().value())
                .append(NEW_CARD, event.newCardNumber().value())
                .append(ORDERED_AT, Date.from(at))
                .append(DELIVERY_ADDRESS, sealed(event.deliveryAddress())), UPSERT));
    }

    @EventHandler
    void on(ReplacementCardProduced event) {
        ReadModelBatch.current().write(queue,
                new DeleteOneModel<>(Filters.eq(ID, id(event.accountId(), event.orderId()))));
    }

    @QueryHandler
    List<PendingCardReplacement> handle(ListPendingCardReplacements query) {
        return queue.find().sort(Sorts.ascending(ORDERED_AT, ID)).limit(MAX_LIST)
                .into(new ArrayList<>()).stream().map(this::pending).toList();
    }

    /** The account's replacement card still to be produced, or null. */
    @QueryHandler
    PendingCardReplacement handle(FindPendingCardReplacement query) {
        Document d = queue.find(Filters.eq(ACCOUNT_ID, query.accountId())).sort(Sorts.descending(ORDERED_AT)).first();
        return d == null ? null : pending(d);
    }

    private PendingCardReplacement pending(Document d) {
        return new PendingCardReplacement(d.getString(ACCOUNT_ID), d.getString(ORDER_ID), d.getString(OLD_CARD),
                d.getString(NEW_CARD), d.getDate(ORDERED_AT).toInstant(),
                personalData.reveal(sealed(d.get(DELIVERY_ADDRESS, Document.class))).orElse(""));
    }

    private static Document sealed(SealedData sealed) {
        return sealed == null ? null : new Document("keyId", sealed.keyId()).append("iv", sealed.iv())
                .append("ciphertext", sealed.ciphertext());
    }

    private static SealedData sealed(Document d) {
        return d == null ? null : new SealedData(d.getString("keyId"), d.getString("iv"), d.getString("ciphertext"));
    }

    private static String id(String accountId, String orderId) {
        return accountId + "|" + orderId;
    }
}
