package dk.kantinekort.query.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.transfer.FindTransfer;
import dk.kantinekort.api.transfer.TransferCredited;
import dk.kantinekort.api.transfer.TransferDebited;
import dk.kantinekort.api.transfer.TransferReversed;
import dk.kantinekort.api.transfer.TransferState;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Where each transfer is (Overfør), so the portal can tell the citizen "done" or "given back" after the click. One
 * document per transfer, ids and amounts only; the debit never undoes a later credit or reversal on a redelivery.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class TransferProjection {

    static final String ID = "_id";
    static final String FROM = "from";
    static final String TO = "to";
    static final String AMOUNT = "amount";
    static final String STATE = "state";
    static final String REASON = "reason";
    static final String AT = "at";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> transfers;

    TransferProjection(MongoDatabase readModelDatabase) {
        transfers = readModelDatabase.getCollection("transfers");
    }

    @ResetHandler
    void reset() {
        transfers.deleteMany(new Document());
    }

    @EventHandler
    void on(TransferDebited event, @Timestamp Instant at) {
        write(event.transferId(), Updates.combine(
                Updates.set(FROM, event.accountId()), Updates.set(TO, event.toAccountId()),
                Updates.set(AMOUNT, event.amount().ore()), Updates.set(AT, Date.from(at)),
                Updates.setOnInsert(STATE, TransferState.PENDING.name())));
    }

    @EventHandler
    void on(TransferCredited event) {
        write(event.transferId(), Updates.combine(Updates.set(FROM, event.fromAccountId()),
                Updates.set(TO, event.accountId()), Updates.set(AMOUNT, event.amount().ore()),
                Updates.set(STATE, TransferState.COMPLETED.name())));
    }

    @EventHandler
    void on(TransferReversed event) {
        write(event.transferId(), Updates.combine(Updates.set(FROM, event.accountId()),
                Updates.set(TO, event.toAccountId()), Updates.set(AMOUNT, event.amount().ore()),
                Updates.set(STATE, TransferState.REVERSED.name()),
                Updates.set(REASON, event.refusal() == null ? null : event.refusal().name())));
    }

    @QueryHandler
    TransferView handle(FindTransfer query) {
        Document d = query.transferId() == null ? null : transfers.find(Filters.eq(ID, query.transferId())).first();
        if (d == null) {
            return null;
        }
        String reason = d.getString(REASON);
        return new TransferView(d.getString(ID), d.getString(FROM), d.getString(TO),
                Money.ofOre(d.get(AMOUNT, Number.class).longValue()), TransferState.valueOf(d.getString(STATE)),
                reason == null ? null : RejectionCode.valueOf(reason));
    }

    private void write(String transferId, Bson update) {
        ReadModelBatch.current().write(transfers, new UpdateOneModel<>(Filters.eq(ID, transferId), update, UPSERT));
    }
}
