package dk.kantinekort.query.schoolyear;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.kantinekort.api.schoolyear.FindSchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.PupilRowApplied;
import dk.kantinekort.api.schoolyear.PupilRowRefused;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearImportFinished;
import dk.kantinekort.api.schoolyear.SchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.SchoolYearImportStarted;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
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
 * Skoleår: how far each import has come, for the back office's progress bar and the admin API: a document per
 * import and one per handled line (its action, or why it was refused). Every write is absolute and keyed by line, so
 * a replay or a repeated event ends with the same documents; the counts are counted when asked. No personal data:
 * line numbers, schools' ids and reasons only.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class SchoolYearImportProjection {

    static final String IMPORTS = "school_year_imports";
    static final String LINES = "school_year_import_lines";
    private static final String ID = "_id";
    private static final String IMPORT_ID = "importId";
    private static final String LINE = "line";
    private static final String ACTION = "action";
    private static final String REASON = "reason";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> imports;
    private final MongoCollection<Document> lines;

    SchoolYearImportProjection(MongoDatabase readModelDatabase) {
        imports = readModelDatabase.getCollection(IMPORTS);
        lines = readModelDatabase.getCollection(LINES);
    }

    @ResetHandler
    void reset() {
        imports.deleteMany(new Document());
        lines.deleteMany(new Document());
    }

    @EventHandler
    void on(SchoolYearImportStarted event, @Timestamp Instant at) {
        set(imports, event.importId(), Updates.combine(Updates.set("rowCount", event.rowCount()),
                Updates.set("startedAt", Date.from(at)), Updates.setOnInsert("finished", false)));
    }

    @EventHandler
    void on(PupilRowApplied event) {
        set(lines, event.importId() + ":" + event.line(), Updates.combine(Updates.set(IMPORT_ID, event.importId()),
                Updates.set(LINE, event.line()), Updates.set(ACTION, event.action().name())));
    }

    @EventHandler
    void on(PupilRowRefused event) {
        set(lines, event.importId() + ":" + event.line(), Updates.combine(Updates.set(IMPORT_ID, event.importId()),
                Updates.set(LINE, event.line()), Updates.set(ACTION, RowAction.REFUSED.name()),
                Updates.set(REASON, event.refusal().name())));
    }

    @EventHandler
    void on(SchoolYearImportFinished event) {
        set(imports, event.importId(), Updates.set("finished", true));
    }

    @QueryHandler
    SchoolYearImportProgress handle(FindSchoolYearImportProgress query) {
        Document started = imports.find(Filters.eq(ID, query.importId())).first();
        if (started == null) {
            return null;
        }
        Map<RowAction, Integer> counts = new EnumMap<>(RowAction.class);
        List<SchoolYearImportProgress.RefusedRow> refused = new ArrayList<>();
        for (Document line : lines.find(Filters.eq(IMPORT_ID, query.importId()))
                .projection(Projections.include(LINE, ACTION, REASON))) {
            RowAction action = RowAction.valueOf(line.getString(ACTION));
            counts.merge(action, 1, Integer::sum);
            if (action == RowAction.REFUSED) {
                refused.add(new SchoolYearImportProgress.RefusedRow(line.getInteger(LINE),
                        RowRefusal.valueOf(line.getString(REASON))));
            }
        }
        refused.sort(Comparator.comparingInt(SchoolYearImportProgress.RefusedRow::line));
        int done = counts.values().stream().mapToInt(Integer::intValue).sum();
        Date at = started.getDate("startedAt");
        return new SchoolYearImportProgress(query.importId(), started.getInteger("rowCount", 0), done,
                counts.getOrDefault(RowAction.OPEN, 0), counts.getOrDefault(RowAction.CHANGE, 0),
                counts.getOrDefault(RowAction.MOVE, 0), counts.getOrDefault(RowAction.UNCHANGED, 0),
                counts.getOrDefault(RowAction.LEAVING, 0), counts.getOrDefault(RowAction.REFUSED, 0),
                Boolean.TRUE.equals(started.getBoolean("finished")), at == null ? null : at.toInstant(), refused,
                counts.getOrDefault(RowAction.REOPEN, 0));
    }

    private static void set(MongoCollection<Document> collection, String id, Bson update) {
        ReadModelBatch.current().write(collection, new UpdateOneModel<>(Filters.eq(ID, id), update, UPSERT));
    }
}
