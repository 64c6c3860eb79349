package dk.kantinekort.api.account;

/**
 * The card production queue for staff (F16): replacement cards ordered and not yet produced, oldest first.
 * Answers a list of {@link PendingCardReplacement}.
 */
public record ListPendingCardReplacements() {
}
