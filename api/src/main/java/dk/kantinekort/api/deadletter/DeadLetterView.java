package dk.kantinekort.api.deadletter;

import java.time.Instant;

/**
 * One parked event: the projection ({@code processor}) that failed, the aggregate whose events wait ({@code sequence}:
 * the account id for an account's events), the event (type and its number in the aggregate), the error (type and
 * message, or "queued behind" for an event that waits for the one before it), when it was parked and last tried.
 */
public record DeadLetterView(String processor, String sequence, String eventType, long eventSequenceNumber,
                             String error, Instant enqueuedAt, Instant lastTouched) {
}
