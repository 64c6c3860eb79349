package dk.kantinekort.api.audit;

/**
 * Rebuilds the read models by replaying the event store (a reset of the read side's tracking processors); answers
 * {@link RebuildStarted}. A query rather than a command: it changes no aggregate, only derived data.
 */
public record StartReadModelRebuild(String requestedBy) {
}
