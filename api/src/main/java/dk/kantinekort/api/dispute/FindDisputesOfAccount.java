package dk.kantinekort.api.dispute;

/** The disputes of one account, for its Kontoudskrift. Answers a list of {@link DisputeView}. */
public record FindDisputesOfAccount(String accountId) {
}
