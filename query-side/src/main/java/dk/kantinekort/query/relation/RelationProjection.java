package dk.kantinekort.query.relation;

import dk.kantinekort.api.citizen.CitizenForgotten;
import com.mongodb.client.model.UpdateManyModel;
import dk.kantinekort.query.account.PersonalData;
import static dk.kantinekort.query.relation.RelationReadModel.ACTIVE_SINCE;
import static dk.kantinekort.query.relation.RelationReadModel.CARD_NUMBER_TYPED;
import static dk.kantinekort.query.relation.RelationReadModel.CPR_MASKED;
import static dk.kantinekort.query.relation.RelationReadModel.ID;
import static dk.kantinekort.query.relation.RelationReadModel.OWNER_ID;
import static dk.kantinekort.query.relation.RelationReadModel.REQUESTED_AT;
import static dk.kantinekort.query.relation.RelationReadModel.REQUESTER_ID;
import static dk.kantinekort.query.relation.RelationReadModel.STATUS;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRejected;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Projects the links between people; writes are absolute, so a replayed event changes nothing. */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class RelationProjection {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final RelationReadModel readModel;
    private final PersonalData personalData;

    RelationProjection(RelationReadModel readModel, PersonalData personalData) {
        this.readModel = readModel;
        this.personalData = personalData;
    }

    /** A rebuild (replay from the first event) starts without links. */
    @ResetHandler
    void reset() {
        readModel.relations.deleteMany(new Document());
    }

    @EventHandler
    void on(AccountLinkRequested event, @Timestamp Instant at) {
        opened(event.relationId(), event.requesterId(), event.ownerId(), personalData.revealCprMasked(event.cpr()).orElse(null),
                personalData.reveal(event.cardNumberTyped()).orElse(null),
                RelationStatus.PENDING, at);
    }

    @EventHandler
    void on(AccountLinkGranted event, @Timestamp Instant at) {
        opened(event.relationId(), event.requesterId(), event.ownerId(), personalData.revealCprMasked(event.cpr()).orElse(null), null,
                RelationStatus.ACTIVE, at);
    }

    @EventHandler
    void on(AccountLinkApproved event, @Timestamp Instant at) {
        ReadModelBatch.current().write(readModel.relations, new UpdateOneModel<>(Filters.eq(ID, event.relationId()),
                Updates.combine(Updates.set(STATUS, RelationStatus.ACTIVE.name()), Updates.set(ACTIVE_SINCE,
                        Date.from(at)))));
    }

    @EventHandler
    void on(AccountLinkRejected event) {
        status(event.relationId(), RelationStatus.REJECTED);
    }

    @EventHandler
    void on(AccountLinkWithdrawn event) {
        status(event.relationId(), RelationStatus.WITHDRAWN);
    }

    /** A person was forgotten: the CPR number and card number typed about or by them go from every link. */
    @EventHandler
    void on(CitizenForgotten event) {
        ReadModelBatch.current().write(readModel.relations, new UpdateManyModel<>(
                Filters.or(Filters.eq(OWNER_ID, event.citizenId()), Filters.eq(REQUESTER_ID, event.citizenId())),
                Updates.combine(Updates.unset(CPR_MASKED), Updates.unset(CARD_NUMBER_TYPED))));
    }

    private void opened(String relationId, String requesterId, String ownerId, String cprMasked,
                        String cardNumberTyped, RelationStatus status, Instant at) {
        Document relation = new Document(ID, relationId)
                .append(REQUESTER_ID, requesterId)
                .append(OWNER_ID, ownerId)
                .append(CPR_MASKED, cprMasked)
                .append(CARD_NUMBER_TYPED, cardNumberTyped)
                .append(STATUS, status.name())
                .append(REQUESTED_AT, Date.from(at))
                .append(ACTIVE_SINCE, status == RelationStatus.ACTIVE ? Date.from(at) : null);
        ReadModelBatch.current().write(readModel.relations, new ReplaceOneModel<>(Filters.eq(ID, relationId),
                relation, UPSERT));
    }

    private void status(String relationId, RelationStatus status) {
        ReadModelBatch.current().write(readModel.relations, new UpdateOneModel<>(Filters.eq(ID, relationId),
                Updates.set(STATUS, status.name())));
    }
}
