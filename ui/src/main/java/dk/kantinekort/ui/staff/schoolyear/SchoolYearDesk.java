package dk.kantinekort.ui.staff.schoolyear;

import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CloseLeaverAccount;
import dk.kantinekort.api.schoolyear.FindSchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.FindSchoolYearLeavers;
import dk.kantinekort.api.schoolyear.Leaver;
import dk.kantinekort.api.schoolyear.PreviewSchoolYearImport;
import dk.kantinekort.api.schoolyear.PupilCsv;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.SchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.SchoolYearPlan;
import dk.kantinekort.api.schoolyear.StartSchoolYearImport;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Skoleår's decisions for the page (decision record 25): read the school administration's file, ask the ledger for
 * the dry run, start the import, follow its progress, list the leavers and close their accounts. The page only
 * shows what this answers. The leavers' names come from the ledger: showing them is a recorded look-up.
 */
class SchoolYearDesk {

    /** A file read: its rows, or the reason it cannot be used (English, from the parser). */
    record ReadFile(List<PupilRow> rows, String problem) {
    }

    /** What closing the leavers came to. */
    record Closed(int closed, int refused, Optional<String> firstRefusal) {
    }

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final StaffLookups lookups;

    SchoolYearDesk(StaffQueries queries, StaffCommands commands, StaffLookups lookups) {
        this.queries = queries;
        this.commands = commands;
        this.lookups = lookups;
    }

    static ReadFile read(String text) {
        try {
            return new ReadFile(PupilCsv.parse(text), null);
        } catch (IllegalArgumentException e) {
            return new ReadFile(List.of(), e.getMessage());
        }
    }

    /** The dry run; throws IllegalStateException when the ledger does not answer. */
    SchoolYearPlan preview(List<PupilRow> rows) {
        SchoolYearPlan plan = queries.one(new PreviewSchoolYearImport(rows), SchoolYearPlan.class)
                .orElseThrow(() -> new IllegalStateException("no plan"));
        record(plan.leavers(), LookupKey.CPR);
        return plan;
    }

    /** Hands the file to the ledger; answers the import id to follow. */
    String start(List<PupilRow> rows) {
        String importId = "backoffice-" + UUID.randomUUID();
        return commands.send(new StartSchoolYearImport(importId, rows));
    }

    Optional<SchoolYearImportProgress> progress(String importId) {
        return queries.one(new FindSchoolYearImportProgress(importId), SchoolYearImportProgress.class);
    }

    List<Leaver> leavers(String importId) {
        List<Leaver> leavers = queries.list(new FindSchoolYearLeavers(importId), Leaver.class);
        record(leavers, LookupKey.ACCOUNT_ID);
        return leavers;
    }

    /**
     * Closes each leaver's account on the date, its balance to the NemKonto of the person responsible or to the
     * sibling's account (a leaver without exactly one sibling is refused with SIBLING and left open).
     */
    Closed close(String importId, List<Leaver> leavers, LocalDate on, BalanceDestination destination) {
        int closed = 0;
        int refused = 0;
        String first = null;
        for (Leaver leaver : leavers) {
            BalanceDestination to = leaver.balance().isPositive() ? destination : BalanceDestination.NONE;
            try {
                commands.send(new CloseLeaverAccount(leaver.accountId(), "closure-" + importId + "-"
                        + leaver.accountId(), on, to, null));
                closed++;
            } catch (RejectedException e) {
                refused++;
                if (first == null) {
                    first = RejectedException.rejectionOf(e).map(Rejection::code).map(Enum::name).orElse("OTHER");
                }
            }
        }
        return new Closed(closed, refused, Optional.ofNullable(first));
    }

    private void record(List<Leaver> leavers, LookupKey key) {
        if (!leavers.isEmpty()) {
            lookups.record(CurrentStaff.Role.ADMIN, key, LookupPurpose.SUPPORT_SEARCH,
                    leavers.stream().map(Leaver::citizenId).toList(), leavers.stream().map(Leaver::accountId).toList());
        }
    }
}
