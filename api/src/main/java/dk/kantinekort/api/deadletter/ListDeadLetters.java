package dk.kantinekort.api.deadletter;

/**
 * The events the read side's projections failed on and parked, with the later events of the same aggregate (an
 * account) queued behind them; answered with a list of {@link DeadLetterView}, oldest sequence first.
 */
public record ListDeadLetters() {
}
