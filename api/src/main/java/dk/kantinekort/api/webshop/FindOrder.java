package dk.kantinekort.api.webshop;

/** One order of an account ("Vis"); null if it is not the account's. */
public record FindOrder(String accountId, String orderId) {
}
