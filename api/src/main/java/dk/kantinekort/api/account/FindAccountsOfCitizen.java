package dk.kantinekort.api.account;

/** The summaries of the accounts a citizen owns. */
public record FindAccountsOfCitizen(String citizenId) {
}
