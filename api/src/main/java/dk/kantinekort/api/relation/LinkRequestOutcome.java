package dk.kantinekort.api.relation;

/** The answer to a link request: ACTIVE (linked at once) or PENDING (waiting for the owner). */
public record LinkRequestOutcome(String relationId, RelationStatus status) {
}
