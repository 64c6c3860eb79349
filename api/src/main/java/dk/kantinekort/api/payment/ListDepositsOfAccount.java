package dk.kantinekort.api.payment;

/** The deposits of an account through the provider, newest first, for staff; answers a list of {@link DepositView}. */
public record ListDepositsOfAccount(String accountId) {
}
