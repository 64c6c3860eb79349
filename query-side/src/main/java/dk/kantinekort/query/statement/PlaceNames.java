package dk.kantinekort.query.statement;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.query.projection.ReadModelBatch;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dk.kantinekort.query.statement.StatementCollections.ID;
import static dk.kantinekort.query.statement.StatementCollections.NAME;
import static dk.kantinekort.query.statement.StatementCollections.UNIT_KIND;

/** Names of places for statement texts; a handful of places, so they are cached in memory. */
@Component
class PlaceNames {

    private final StatementCollections collections;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    PlaceNames(StatementCollections collections) {
        this.collections = collections;
    }

    void registered(PlaceRegistered event) {
        cache.put(event.placeId(), event.name());
        ReadModelBatch.current().write(collections.places, new UpdateOneModel<>(Filters.eq(ID, event.placeId()),
                Updates.combine(Updates.set(NAME, event.name()),
                        Updates.set(UNIT_KIND, event.unitKind() == null ? null : event.unitKind().name())),
                new UpdateOptions().upsert(true)));
    }

    /** Rows written from now on carry the new name; earlier rows keep the name the place had then. */
    void renamed(PlaceRenamed event) {
        cache.put(event.placeId(), event.name());
        ReadModelBatch.current().write(collections.places, new UpdateOneModel<>(Filters.eq(ID, event.placeId()),
                Updates.set(NAME, event.name()), new UpdateOptions().upsert(true)));
    }

    /** Forgets every place, before a rebuild. */
    void clear() {
        cache.clear();
        collections.places.deleteMany(new Document());
    }

    /** The place's name, or its id when the place is not known (yet). */
    String nameOf(String placeId) {
        if (placeId == null) {
            return null;
        }
        String cached = cache.get(placeId);
        if (cached != null) {
            return cached;
        }
        Document place = collections.places.find(Filters.eq(ID, placeId)).first();
        String name = place == null || place.getString(NAME) == null ? placeId : place.getString(NAME);
        // Unknown places are remembered too (as their id), or every purchase there would cost a round trip;
        // a later PlaceRegistered replaces the entry.
        cache.put(placeId, name);
        return name;
    }
}
