package dk.kantinekort.api.schoolyear;

import java.util.List;

/** The dry run of an import: each row's action, and the leavers. Nothing is changed by making it. */
public record SchoolYearPlan(List<PlannedRow> rows, List<Leaver> leavers) {

    public long count(RowAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
