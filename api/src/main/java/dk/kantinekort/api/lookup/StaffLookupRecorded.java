package dk.kantinekort.api.lookup;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A staff member was shown personal data: {@code staffActor} ({@code admin:<user>}, {@code auditor:<user>}), the
 * channel, the kind of key searched by (never the typed value), what was shown, and the ids of the citizens and
 * accounts shown (both empty: no match). The ids are random and name nobody once a citizen's key is erased.
 */
@Revision("1")
public record StaffLookupRecorded(String logId, String lookupId, String staffActor, LookupChannel channel,
                                  LookupKey searchedBy, LookupPurpose purpose, List<String> citizenIds,
                                  List<String> accountIds) {
}
