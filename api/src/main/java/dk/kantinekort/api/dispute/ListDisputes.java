package dk.kantinekort.api.dispute;

/** Disputes for staff, newest first; {@code state} null for all. Answers a list of {@link DisputeView}. */
public record ListDisputes(DisputeState state) {
}
