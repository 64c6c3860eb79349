package dk.kantinekort.command.schoolyear;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.schoolyear.PupilRowApplied;
import dk.kantinekort.api.schoolyear.PupilRowRefused;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearImportFinished;
import dk.kantinekort.api.schoolyear.SchoolYearImportStarted;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One pupil file handed to the ledger (Skoleår): which of its lines were applied or refused, each at most once, so
 * running the import again (or resuming it after a restart) changes nothing. Kept in the aggregate cache: every row
 * loads it.
 */
@Aggregate(cache = "cardAccountCache")
public class SchoolYearImport {

    @AggregateIdentifier
    private String importId;
    private String fileDigest;
    private final Set<Integer> lines = new HashSet<>();
    private final Map<RowAction, Integer> counts = new EnumMap<>(RowAction.class);
    private boolean finished;

    protected SchoolYearImport() {
        // for Axon
    }

    SchoolYearImport(String importId, int rowCount, SealedData rows, String fileDigest) {
        apply(new SchoolYearImportStarted(importId, rowCount, rows, fileDigest));
    }

    public String fileDigest() {
        return fileDigest;
    }

    /** Whether the line was applied or refused already. */
    public boolean handled(int line) {
        return lines.contains(line);
    }

    public void applied(int line, RowAction action, String accountId, String citizenId, String schoolId,
                        String className) {
        if (!lines.contains(line)) {
            apply(new PupilRowApplied(importId, line, action, accountId, citizenId, schoolId, className));
        }
    }

    public void refused(int line, RowRefusal reason) {
        if (!lines.contains(line)) {
            apply(new PupilRowRefused(importId, line, reason));
        }
    }

    @CommandHandler
    void handle(FinishSchoolYearImport command) {
        if (!finished) {
            apply(new SchoolYearImportFinished(importId, count(RowAction.OPEN), count(RowAction.CHANGE),
                    count(RowAction.MOVE), count(RowAction.UNCHANGED), count(RowAction.LEAVING),
                    count(RowAction.REFUSED), count(RowAction.REOPEN)));
        }
    }

    private int count(RowAction action) {
        return counts.getOrDefault(action, 0);
    }

    @EventSourcingHandler
    void on(SchoolYearImportStarted event) {
        importId = event.importId();
        fileDigest = event.fileDigest();
    }

    @EventSourcingHandler
    void on(PupilRowApplied event) {
        lines.add(event.line());
        counts.merge(event.action(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(PupilRowRefused event) {
        lines.add(event.line());
        counts.merge(RowAction.REFUSED, 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(SchoolYearImportFinished event) {
        finished = true;
    }
}
