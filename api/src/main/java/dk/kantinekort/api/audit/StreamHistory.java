package dk.kantinekort.api.audit;

/**
 * A streaming query (answers a stream of {@link AuditedEventBatch}, each a few hundred {@link AuditedEvent}s in
 * order): one account's events, or with a null {@code accountId} the whole history up to the newest event when the
 * stream was opened.
 */
public record StreamHistory(String accountId) {

    public static StreamHistory wholeHistory() {
        return new StreamHistory(null);
    }
}
