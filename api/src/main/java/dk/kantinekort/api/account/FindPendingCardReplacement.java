package dk.kantinekort.api.account;

/**
 * The replacement card of one account still waiting to be produced, with the address it goes to (Brugeroplysninger:
 * "Nyt kort sendes til …"). Answers a {@link PendingCardReplacement} or null.
 */
public record FindPendingCardReplacement(String accountId) {
}
