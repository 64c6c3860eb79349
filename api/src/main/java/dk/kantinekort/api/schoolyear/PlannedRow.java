package dk.kantinekort.api.schoolyear;

/** What the import does (or did) with the row of {@code line}; {@code refusal} only for REFUSED. */
public record PlannedRow(int line, RowAction action, RowRefusal refusal, String schoolId, String className) {
}
