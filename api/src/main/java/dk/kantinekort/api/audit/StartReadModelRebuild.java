package dk.kantinekort.api.audit;

import org.axonframework.commandhandling.RoutingKey;

/**
 * Rebuilds the read models by replaying the event store (a reset of the read side's tracking processors), under the
 * id the sender chose; answers {@link RebuildStarted} at once, the reset runs on the query side's own thread. A
 * command, because it is an action (decision record 14); the same id again starts nothing more.
 */
public record StartReadModelRebuild(@RoutingKey String rebuildId, String requestedBy) {
}
