package dk.kantinekort.api.payment;

/** The latest payout request of an account; answers a {@link PayoutView} or nothing. */
public record FindPayout(String accountId) {
}
