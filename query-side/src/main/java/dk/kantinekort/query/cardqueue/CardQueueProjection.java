package dk.kantinekort.query.cardqueue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.query.ProcessingGroups;
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
 * account and order, and written absolutely, so a replay ends with the same queue.
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
    private static final int MAX_LIST = 1_000;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> queue;

    CardQueueProjection(MongoDatabase readModelDatabase) {
        this.queue = readModelDatabase.getCollection(COLLECTION);
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
                .append(ORDERED_AT, Date.from(at)), UPSERT));
    }

    @EventHandler
    void on(ReplacementCardProduced event) {
        ReadModelBatch.current().write(queue,
                new DeleteOneModel<>(Filters.eq(ID, id(event.accountId(), event.orderId()))));
    }

    @QueryHandler
    List<PendingCardReplacement> handle(ListPendingCardReplacements query) {
        return queue.find().sort(Sorts.ascending(ORDERED_AT, ID)).limit(MAX_LIST)
                .map(d -> new PendingCardReplacement(d.getString(ACCOUNT_ID), d.getString(ORDER_ID),
                        d.getString(OLD_CARD), d.getString(NEW_CARD), d.getDate(ORDERED_AT).toInstant()))
                .into(new ArrayList<>());
    }

    private static String id(String accountId, String orderId) {
        return accountId + "|" + orderId;
    }
}
