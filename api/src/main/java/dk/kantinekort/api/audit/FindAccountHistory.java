package dk.kantinekort.api.audit;

/** Every event of one account, in order; answers a list of {@link AuditedEvent}, empty for an unknown account. */
public record FindAccountHistory(String accountId) {
}
