package dk.kantinekort.api.audit;

import java.util.List;

/**
 * One answer of the {@link StreamHistory} streaming query: the next events of the history in order, a few hundred at
 * a time (fewer in the last), so an export crosses the query bus once per batch rather than once per event.
 */
public record AuditedEventBatch(List<AuditedEvent> events) {

    public AuditedEventBatch {
        events = List.copyOf(events);
    }
}
