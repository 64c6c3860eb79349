package dk.kantinekort.query.relation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import dk.kantinekort.api.relation.RelationStatus;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The links between people (F3) as the portal lists them; rejected and withdrawn links stay, marked so. */
@Component
public class RelationReadModel {

    static final String COLLECTION = "relations";
    static final String ID = "_id";
    static final String REQUESTER_ID = "requesterId";
    static final String OWNER_ID = "ownerId";
    static final String CPR_MASKED = "cprMasked";
    static final String CARD_NUMBER_TYPED = "cardNumberTyped";
    static final String STATUS = "status";
    static final String REQUESTED_AT = "requestedAt";
    static final String ACTIVE_SINCE = "activeSince";

    final MongoCollection<Document> relations;

    RelationReadModel(MongoDatabase readModelDatabase) {
        relations = readModelDatabase.getCollection(COLLECTION);
        relations.createIndex(Indexes.ascending(REQUESTER_ID));
        relations.createIndex(Indexes.ascending(OWNER_ID));
    }

    /** The people whose accounts {@code requesterId} may act on through an active link. */
    public List<String> ownersLinkedTo(String requesterId) {
        return relations.find(Filters.and(Filters.eq(REQUESTER_ID, requesterId),
                        Filters.eq(STATUS, RelationStatus.ACTIVE.name())))
                .map(document -> document.getString(OWNER_ID))
                .into(new ArrayList<>());
    }

    /** The open (pending or active) links a citizen asked for or was asked for. */
    List<Document> openLinksOf(String citizenId) {
        List<String> open = List.of(RelationStatus.PENDING.name(), RelationStatus.ACTIVE.name());
        return relations.find(Filters.and(
                        Filters.or(Filters.eq(REQUESTER_ID, citizenId), Filters.eq(OWNER_ID, citizenId)),
                        Filters.in(STATUS, open)))
                .into(new ArrayList<>());
    }
}
