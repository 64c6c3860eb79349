package dk.kantinekort.api.deadletter;

import org.axonframework.commandhandling.RoutingKey;

/**
 * Runs a projection's parked events of one aggregate again, in order, once the cause is removed; answered at once,
 * the retry runs on the read side's own thread. What still fails stays parked with its new error
 * ({@link ListDeadLetters} tells). An action, so a command (decision record 14); {@code requestedBy} names the staff
 * member ({@code admin:<user name>}).
 */
public record RetryDeadLetters(String processor, @RoutingKey String sequence, String requestedBy) {
}
