package dk.kantinekort.api.account;

/** The summary of one card account, or nothing. */
public record FindAccountSummary(String accountId) {
}
