package dk.kantinekort.api.schoolyear;

import java.util.List;

/**
 * Applies a pupil file. {@code importId} makes it idempotent: the same id with the same rows answers the import
 * already started, with other rows {@code IDEMPOTENCY_KEY_REUSED}. The rows are applied one by one in the background
 * (progress: {@link FindSchoolYearImportProgress}); answers the import id.
 */
public record StartSchoolYearImport(String importId, List<PupilRow> rows) {

    @Override
    public String toString() {
        return "StartSchoolYearImport[" + importId + ", rows=" + (rows == null ? 0 : rows.size()) + "]";
    }
}
