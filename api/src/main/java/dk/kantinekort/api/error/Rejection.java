package dk.kantinekort.api.error;

/** A refused command: a machine-readable code and an English detail for logs and developers. */
public record Rejection(RejectionCode code, String detail) {
}
