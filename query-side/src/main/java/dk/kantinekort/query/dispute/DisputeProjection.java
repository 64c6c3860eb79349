package dk.kantinekort.query.dispute;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.dispute.DisputeOpened;
import dk.kantinekort.api.dispute.DisputeRefundGranted;
import dk.kantinekort.api.dispute.DisputeRejected;
import dk.kantinekort.api.dispute.DisputeState;
import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.dispute.FindDisputesOfAccount;
import dk.kantinekort.api.dispute.ListDisputes;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRowType;
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
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Indsigelser as staff and the portal see them: the disputed row, the citizen's words and staff's answer (opened from
 * their seals while the holder's key exists, dropped when the holder is forgotten). Every write is absolute.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class DisputeProjection {

    static final String ID = "_id";
    static final String ACCOUNT_ID = "accountId";
    static final String ROW_REFERENCE = "rowReference";
    static final String ROW_TYPE = "rowType";
    static final String ROW_AMOUNT = "rowAmount";
    static final String ROW_AT = "rowAt";
    static final String TEXT = "text";
    static final String OPENED_AT = "openedAt";
    static final String STATE = "state";
    static final String REFUNDED = "refunded";
    static final String REJECTION_REASON = "rejectionReason";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final int MAX_LIST = 500;

    private final MongoCollection<Document> disputes;
    private final PersonalData personalData;

    DisputeProjection(MongoDatabase readModelDatabase, PersonalData personalData) {
        this.disputes = readModelDatabase.getCollection("disputes");
        this.personalData = personalData;
        disputes.createIndex(Indexes.ascending(ACCOUNT_ID));
    }

    @ResetHandler
    void reset() {
        disputes.deleteMany(new Document());
    }

    @EventHandler
    void on(DisputeOpened event, @Timestamp Instant at) {
        write(event.disputeId(), Updates.combine(Updates.set(ACCOUNT_ID, event.accountId()),
                Updates.set(ROW_REFERENCE, event.rowReference()), Updates.set(ROW_TYPE, event.rowType().name()),
                Updates.set(ROW_AMOUNT, event.rowAmount().ore()), Updates.set(ROW_AT, Date.from(event.rowAt())),
                Updates.set(TEXT, personalData.reveal(event.text()).orElse(null)),
                Updates.set(OPENED_AT, Date.from(at)),
                Updates.setOnInsert(STATE, DisputeState.OPEN.name())));
    }

    @EventHandler
    void on(DisputeRefundGranted event) {
        write(event.disputeId(), Updates.combine(Updates.set(STATE, DisputeState.REFUNDED.name()),
                Updates.set(REFUNDED, event.amount().ore())));
    }

    @EventHandler
    void on(DisputeRejected event) {
        write(event.disputeId(), Updates.combine(Updates.set(STATE, DisputeState.REJECTED.name()),
                Updates.set(REJECTION_REASON, personalData.reveal(event.reason()).orElse(null))));
    }

    /** A forgotten holder's words and staff's words about them go; the case and its amounts stay. */
    @EventHandler
    void on(CitizenForgotten event) {
        ReadModelBatch.current().write(disputes, new UpdateManyModel<>(Filters.in(ACCOUNT_ID, event.accountIds()),
                Updates.combine(Updates.unset(TEXT), Updates.unset(REJECTION_REASON))));
    }

    @QueryHandler
    List<DisputeView> handle(ListDisputes query) {
        Bson filter = query.state() == null ? new Document() : Filters.eq(STATE, query.state().name());
        return disputes.find(filter).sort(Sorts.descending(OPENED_AT)).limit(MAX_LIST)
                .map(DisputeProjection::view).into(new ArrayList<>());
    }

    @QueryHandler
    List<DisputeView> handle(FindDisputesOfAccount query) {
        return disputes.find(Filters.eq(ACCOUNT_ID, query.accountId())).sort(Sorts.descending(OPENED_AT))
                .limit(MAX_LIST).map(DisputeProjection::view).into(new ArrayList<>());
    }

    private void write(String disputeId, Bson update) {
        ReadModelBatch.current().write(disputes, new UpdateOneModel<>(Filters.eq(ID, disputeId), update, UPSERT));
    }

    private static DisputeView view(Document d) {
        Number refunded = d.get(REFUNDED, Number.class);
        return new DisputeView(d.getString(ID), d.getString(ACCOUNT_ID), d.getString(ROW_REFERENCE),
                StatementRowType.valueOf(d.getString(ROW_TYPE)), Money.ofOre(d.get(ROW_AMOUNT, Number.class).longValue()),
                d.getDate(ROW_AT).toInstant(), d.getString(TEXT), d.getDate(OPENED_AT).toInstant(),
                DisputeState.valueOf(d.getString(STATE)), refunded == null ? null : Money.ofOre(refunded.longValue()),
                d.getString(REJECTION_REASON));
    }
}
