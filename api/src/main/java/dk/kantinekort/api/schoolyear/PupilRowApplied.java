package dk.kantinekort.api.schoolyear;

import org.axonframework.serialization.Revision;

/**
 * The row of {@code line} was applied: the pupil's account ({@code accountId}) is placed at {@code schoolId} in
 * {@code className}; {@code action} says what changed. Recorded once per line and import.
 */
@Revision("1")
public record PupilRowApplied(String importId, int line, RowAction action, String accountId, String citizenId,
                              String schoolId, String className) {
}
