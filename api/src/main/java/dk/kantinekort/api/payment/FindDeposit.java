package dk.kantinekort.api.payment;

/** One deposit of an account, as the receipt page shows it; answers a {@link DepositView} or nothing. */
public record FindDeposit(String accountId, String depositId) {
}
