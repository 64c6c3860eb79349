package dk.kantinekort.api.account;

/** The block on the whole account was lifted; a card block, if any, stays. */
public record AccountUnblocked(String accountId) {
}
