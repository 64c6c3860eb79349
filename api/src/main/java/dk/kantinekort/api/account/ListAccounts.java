package dk.kantinekort.api.account;

/** A page of all account summaries, ordered by holder name. */
public record ListAccounts(int offset, int limit) {
}
