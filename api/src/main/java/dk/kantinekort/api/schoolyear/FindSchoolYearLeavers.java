package dk.kantinekort.api.schoolyear;

/**
 * Query (answered by the ledger): the leavers after an applied import, a list of {@link Leaver}: pupils placed at
 * a school the import covered whom the import did not name, or named as leaving, whose accounts are still open.
 */
public record FindSchoolYearLeavers(String importId) {
}
