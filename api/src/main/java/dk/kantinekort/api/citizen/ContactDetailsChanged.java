package dk.kantinekort.api.citizen;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A person's contact details changed; the details travel sealed (JSON) with the person's key.
 * {@code changedByCitizenId} is the citizen who changed them in the portal (the person, or a linked person; null
 * for staff and the system), {@code previousEmail} the e-mail the person had before (sealed with the person's key,
 * null when none), so a change by someone else is told to the owner where the owner can still read it, and
 * {@code changedFields} names the fields that changed (name, email, address, postalCode, city, phone, mobile).
 */
@Revision("1")
public record ContactDetailsChanged(String citizenId, SealedData details, String changedByCitizenId,
                                    SealedData previousEmail, List<String> changedFields) {
}
