package dk.kantinekort.query.schoolyear;

import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.schoolyear.FindSchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.PupilRowApplied;
import dk.kantinekort.api.schoolyear.PupilRowRefused;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearImportFinished;
import dk.kantinekort.api.schoolyear.SchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.SchoolYearImportStarted;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Skoleår: the progress of a 1,000-row import as the back office's bar and the admin API read it. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class SchoolYearImportProgressTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void theProgressCountsTheLinesDoneOfAllAndListsTheRefusedOnesWithTheirReason() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String importId = "import-" + newId();
        Instant at = Instant.now();
        ledger.publish("SchoolYearImport", importId, new SchoolYearImportStarted(importId, 1000,
                new SealedData("k", "iv", "rows"), "digest"), at);
        for (int line = 2; line < 600; line++) {
            ledger.publish("SchoolYearImport", importId, new PupilRowApplied(importId, line,
                    line % 2 == 0 ? RowAction.OPEN : RowAction.MOVE, "acc-" + line, "cit-" + line, "skole", "1.a"), at);
        }
        ledger.publish("SchoolYearImport", importId, new PupilRowRefused(importId, 600, RowRefusal.INVALID_CPR), at);

        SchoolYearImportProgress halfway = await().atMost(Duration.ofSeconds(20))
                .until(() -> progress(importId), p -> p != null && p.done() == 599);
        assertThat(halfway.finished()).isFalse();
        assertThat(halfway.fraction()).isBetween(0.59, 0.6);
        assertThat(halfway.opened()).isEqualTo(299);
        assertThat(halfway.moved()).isEqualTo(299);
        assertThat(halfway.refusedRows()).containsExactly(new SchoolYearImportProgress.RefusedRow(600,
                RowRefusal.INVALID_CPR));

        for (int line = 601; line <= 1001; line++) {
            ledger.publish("SchoolYearImport", importId, new PupilRowApplied(importId, line, RowAction.UNCHANGED,
                    "acc-" + line, "cit-" + line, "skole", "1.a"), at);
        }
        ledger.publish("SchoolYearImport", importId, new SchoolYearImportFinished(importId, 299, 0, 299, 401, 0, 1),
                at);
        SchoolYearImportProgress done = await().atMost(Duration.ofSeconds(20))
                .until(() -> progress(importId), p -> p != null && p.finished());
        assertThat(done.done()).isEqualTo(1000);
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(done.unchanged()).isEqualTo(401);
    }

    @Test
    void aReturningPupilsReopenedAccountIsCountedApart() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String importId = "import-" + newId();
        Instant at = Instant.now();
        ledger.publish("SchoolYearImport", importId, new SchoolYearImportStarted(importId, 2,
                new SealedData("k", "iv", "rows"), "digest"), at);
        ledger.publish("SchoolYearImport", importId, new PupilRowApplied(importId, 2, RowAction.REOPEN, "acc-2",
                "cit-2", "skole", "7.a"), at);
        ledger.publish("SchoolYearImport", importId, new PupilRowApplied(importId, 3, RowAction.OPEN, "acc-3",
                "cit-3", "skole", "0.a"), at);

        SchoolYearImportProgress done = await().atMost(Duration.ofSeconds(20))
                .until(() -> progress(importId), p -> p != null && p.done() == 2);
        assertThat(done.reopened()).isEqualTo(1);
        assertThat(done.opened()).isEqualTo(1);
    }

    @Test
    void anUnknownImportHasNoProgress() {
        assertThat(progress("import-" + newId())).isNull();
    }

    private SchoolYearImportProgress progress(String importId) {
        return queryGateway.query(new FindSchoolYearImportProgress(importId), SchoolYearImportProgress.class).join();
    }
}
