package dk.kantinekort.api.webshop;

/** Vis ordrer: the orders of an account, newest first. */
public record ListOrdersOfAccount(String accountId) {
}
