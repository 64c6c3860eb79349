package dk.kantinekort.api.schoolyear;

/** Query (read side): how far an import has come, a {@link SchoolYearImportProgress}; null for an unknown id. */
public record FindSchoolYearImportProgress(String importId) {
}
