package dk.kantinekort.api.schoolyear;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The account is closed (the pupil left school): no purchase, deposit or unblocking any more. Its balance was
 * paid out or moved first; it is forgotten with the holder after the retention period.
 */
@Revision("1")
public record CardAccountClosed(String accountId, String closureId, LocalDate closedOn) {
}
