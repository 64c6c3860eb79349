package dk.kantinekort.api.schoolyear;

import org.axonframework.serialization.Revision;

/** The row of {@code line} was not applied, for {@code refusal}. */
@Revision("1")
public record PupilRowRefused(String importId, int line, RowRefusal refusal) {
}
