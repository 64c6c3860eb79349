package dk.kantinekort.api.payment;

/** The automatic top-up of an account; answers an {@link AutoTopUpView} or nothing when there never was one. */
public record FindAutoTopUp(String accountId) {
}
