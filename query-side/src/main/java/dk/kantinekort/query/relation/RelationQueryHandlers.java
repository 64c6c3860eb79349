package dk.kantinekort.query.relation;

import static dk.kantinekort.query.relation.RelationReadModel.ACTIVE_SINCE;
import static dk.kantinekort.query.relation.RelationReadModel.CARD_NUMBER_TYPED;
import static dk.kantinekort.query.relation.RelationReadModel.CPR_MASKED;
import static dk.kantinekort.query.relation.RelationReadModel.ID;
import static dk.kantinekort.query.relation.RelationReadModel.OWNER_ID;
import static dk.kantinekort.query.relation.RelationReadModel.REQUESTED_AT;
import static dk.kantinekort.query.relation.RelationReadModel.REQUESTER_ID;
import static dk.kantinekort.query.relation.RelationReadModel.STATUS;

import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.query.account.CitizenReadModel;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Answers which links a citizen has. The owner's name is given only for an active link: a pending request
 * must not tell the requester whether the CPR number belongs to anyone.
 */
@Component
class RelationQueryHandlers {

    private final RelationReadModel relations;
    private final CitizenReadModel citizens;

    RelationQueryHandlers(RelationReadModel relations, CitizenReadModel citizens) {
        this.relations = relations;
        this.citizens = citizens;
    }

    @QueryHandler
    List<RelationSummary> handle(FindRelationsOfCitizen query) {
        return relations.openLinksOf(query.citizenId()).stream()
                .map(relation -> summary(relation, query.citizenId()))
                .sorted(Comparator.comparing(RelationSummary::requestedAt))
                .toList();
    }

    /** What the requester typed goes back to the requester only: a wrong card number may be someone else's. */
    private RelationSummary summary(Document relation, String viewer) {
        RelationStatus status = RelationStatus.valueOf(relation.getString(STATUS));
        String requesterId = relation.getString(REQUESTER_ID);
        String ownerId = relation.getString(OWNER_ID);
        String ownerName = status == RelationStatus.ACTIVE && ownerId != null
                ? citizens.nameOf(ownerId).orElse(null) : null;
        return new RelationSummary(relation.getString(ID), requesterId, citizens.nameOf(requesterId).orElse(null),
                ownerId, ownerName, relation.getString(CPR_MASKED), status,
                relation.getDate(REQUESTED_AT).toInstant(),
                relation.getDate(ACTIVE_SINCE) == null ? null : relation.getDate(ACTIVE_SINCE).toInstant(),
                requesterId.equals(viewer) ? relation.getString(CARD_NUMBER_TYPED) : null);
    }
}
