package dk.kantinekort.query.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.lookup.ListStaffLookups;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.StaffLookupPage;
import dk.kantinekort.api.lookup.StaffLookupRecorded;
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
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The staff look-ups for auditors (issue 15): one document per recorded look-up, written whole (a replay writes the
 * same), listed by time, newest first, a page at a time. Holds what the events hold: no typed search text.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class StaffLookupProjection {

    static final String LOOKUPS = "staff_lookups";
    private static final String ID = "_id";
    private static final String AT = "at";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> lookups;

    StaffLookupProjection(MongoDatabase readModelDatabase) {
        lookups = readModelDatabase.getCollection(LOOKUPS);
        lookups.createIndex(Indexes.descending(AT));
    }

    @ResetHandler
    void reset() {
        lookups.deleteMany(new Document());
    }

    @EventHandler
    void on(StaffLookupRecorded event, @Timestamp Instant at) {
        Document document = new Document(ID, event.lookupId())
                .append(AT, Date.from(at))
                .append("staffActor", event.staffActor())
                .append("channel", event.channel().name())
                .append("searchedBy", event.searchedBy().name())
                .append("purpose", event.purpose().name())
                .append("citizenIds", event.citizenIds())
                .append("accountIds", event.accountIds());
        ReadModelBatch.current().write(lookups,
                new ReplaceOneModel<>(Filters.eq(ID, event.lookupId()), document, UPSERT));
    }

    @QueryHandler
    StaffLookupPage handle(ListStaffLookups query) {
        if (query.from() == null || query.to() == null || !query.from().isBefore(query.to()) || query.page() < 0
                || query.size() < 1 || query.size() > ListStaffLookups.MAX_SIZE) {
            throw new IllegalArgumentException("A period from before to, a page from 0 and a size of 1 to "
                    + ListStaffLookups.MAX_SIZE);
        }
        Bson period = Filters.and(Filters.gte(AT, Date.from(query.from())), Filters.lt(AT, Date.from(query.to())));
        long total = lookups.countDocuments(period);
        List<StaffLookupPage.Entry> entries = lookups.find(period).sort(Sorts.descending(AT, ID))
                .skip(query.page() * query.size()).limit(query.size())
                .map(StaffLookupProjection::entry).into(new ArrayList<>());
        return new StaffLookupPage(entries, total, query.page(), query.size());
    }

    private static StaffLookupPage.Entry entry(Document d) {
        return new StaffLookupPage.Entry(d.getString(ID), d.getDate(AT).toInstant(), d.getString("staffActor"),
                LookupChannel.valueOf(d.getString("channel")), LookupKey.valueOf(d.getString("searchedBy")),
                LookupPurpose.valueOf(d.getString("purpose")), d.getList("citizenIds", String.class),
                d.getList("accountIds", String.class));
    }
}
