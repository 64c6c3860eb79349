package dk.kantinekort.api.lookup;

import java.time.Instant;
import java.util.List;

/** One page of recorded staff look-ups, newest first, and how many the period holds in all. */
public record StaffLookupPage(List<Entry> lookups, long total, int page, int size) {

    /** One look-up: when, who, through which channel, searched by what, what it showed, whom. */
    public record Entry(String lookupId, Instant at, String staffActor, LookupChannel channel, LookupKey searchedBy,
                        LookupPurpose purpose, List<String> citizenIds, List<String> accountIds) {
    }
}
