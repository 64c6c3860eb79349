package dk.kantinekort.query.places;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.api.till.TillCredentialIssued;
import dk.kantinekort.api.till.TillCredentialRevoked;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Places and their tills for staff (F16): a document per place and one per till, written field by field (never
 * read back while a batch is open), so a replay ends with the same documents. No credential, not even its hash.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class PlacesProjection {

    static final String PLACES = "staff_places";
    static final String TILLS = "staff_tills";
    private static final String ID = "_id";
    private static final String NAME = "name";
    private static final String UNIT_KIND = "unitKind";
    private static final String PLACE_ID = "placeId";
    private static final String STATE = "state";
    private static final String ISSUED_AT = "issuedAt";
    private static final String REVOKED_AT = "revokedAt";
    private static final int MAX_LIST = 1_000;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> places;
    private final MongoCollection<Document> tills;

    PlacesProjection(MongoDatabase readModelDatabase) {
        places = readModelDatabase.getCollection(PLACES);
        tills = readModelDatabase.getCollection(TILLS);
    }

    /** A rebuild (replay from the first event) starts without places and tills. */
    @ResetHandler
    void reset() {
        places.deleteMany(new Document());
        tills.deleteMany(new Document());
    }

    @EventHandler
    void on(PlaceRegistered event) {
        set(places, event.placeId(), Updates.combine(Updates.set(NAME, event.name()),
                Updates.set(UNIT_KIND, event.unitKind().name())));
    }

    @EventHandler
    void on(PlaceRenamed event) {
        set(places, event.placeId(), Updates.set(NAME, event.name()));
    }

    @EventHandler
    void on(TillCredentialIssued event, @Timestamp Instant at) {
        set(tills, event.tillId(), Updates.combine(Updates.set(PLACE_ID, event.placeId()),
                Updates.set(STATE, PlaceView.State.ACTIVE.name()), Updates.set(ISSUED_AT, Date.from(at)),
                Updates.unset(REVOKED_AT)));
    }

    @EventHandler
    void on(TillCredentialRevoked event, @Timestamp Instant at) {
        set(tills, event.tillId(), Updates.combine(Updates.set(STATE, PlaceView.State.REVOKED.name()),
                Updates.set(REVOKED_AT, Date.from(at))));
    }

    @QueryHandler
    List<PlaceView> handle(ListPlaces query) {
        Map<String, List<PlaceView.Till>> tillsByPlace = new HashMap<>();
        for (Document d : tills.find().sort(Sorts.ascending(ISSUED_AT, ID)).limit(MAX_LIST * 10)) {
            tillsByPlace.computeIfAbsent(d.getString(PLACE_ID), id -> new ArrayList<>()).add(new PlaceView.Till(
                    d.getString(ID), PlaceView.State.valueOf(d.getString(STATE)), instant(d, ISSUED_AT),
                    instant(d, REVOKED_AT)));
        }
        return places.find().sort(Sorts.ascending(NAME, ID)).limit(MAX_LIST)
                .map(d -> new PlaceView(d.getString(ID), d.getString(NAME),
                        d.getString(UNIT_KIND) == null ? null : UnitKind.valueOf(d.getString(UNIT_KIND)),
                        tillsByPlace.getOrDefault(d.getString(ID), List.of())))
                .into(new ArrayList<>());
    }

    private static void set(MongoCollection<Document> collection, String id, Bson update) {
        ReadModelBatch.current().write(collection, new UpdateOneModel<>(Filters.eq(ID, id), update, UPSERT));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
