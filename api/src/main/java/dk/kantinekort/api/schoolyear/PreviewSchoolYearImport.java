package dk.kantinekort.api.schoolyear;

import java.util.List;

/** Query (answered by the ledger): the dry run of a pupil file, a {@link SchoolYearPlan}. Changes nothing. */
public record PreviewSchoolYearImport(List<PupilRow> rows) {

    @Override
    public String toString() {
        return "PreviewSchoolYearImport[rows=" + (rows == null ? 0 : rows.size()) + "]";
    }
}
