package dk.kantinekort.api.payment;

/** Payout requests for staff, newest first; {@code state} null means all. Answers a list of {@link PayoutView}. */
public record ListPayoutRequests(PayoutView.State state) {
}
