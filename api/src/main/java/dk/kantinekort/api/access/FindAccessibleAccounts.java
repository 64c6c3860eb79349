package dk.kantinekort.api.access;

/**
 * The card accounts a citizen may act on (F2): their own first, then those of people they hold an approved
 * link to. Answers a list of {@link dk.kantinekort.api.account.AccountSummary}.
 */
public record FindAccessibleAccounts(String citizenId) {
}
