package dk.kantinekort.api.schoolyear;

/** The row of {@code line} was not applied, for {@code reason}. */
public record PupilRowRefused(String importId, int line, RowRefusal reason) {
}
