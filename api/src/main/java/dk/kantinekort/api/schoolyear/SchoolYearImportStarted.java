package dk.kantinekort.api.schoolyear;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/**
 * A pupil file was handed to the ledger. {@code rows} are the file's rows (JSON), sealed with a key of the import's
 * own that is erased when the import has finished; {@code fileDigest} (SHA-256 of the rows) tells a repeat from
 * another file under the same id.
 */
@Revision("1")
public record SchoolYearImportStarted(String importId, int rowCount, SealedData rows, String fileDigest) {
}
