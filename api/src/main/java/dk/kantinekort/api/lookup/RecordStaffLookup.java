package dk.kantinekort.api.lookup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a staff member was shown personal data: who (the command's actor), through which channel, searched by
 * what kind of key, and which citizens and accounts were shown (both empty: no match). Sent before the answer is shown;
 * when it cannot be recorded, the answer is not shown. {@code lookupId} makes a retry record nothing twice.
 */
public record RecordStaffLookup(@TargetAggregateIdentifier String logId, String lookupId, LookupChannel channel,
                                LookupKey searchedBy, LookupPurpose purpose, List<String> citizenIds,
                                List<String> accountIds) {

    public RecordStaffLookup {
        citizenIds = citizenIds == null ? List.of() : List.copyOf(citizenIds);
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }

    /** The log of one staff actor's look-ups on one (UTC) day: short streams, no contention between staff. */
    public static String logIdFor(String actor, Instant at) {
        return "lookups:" + actor + ":" + at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
