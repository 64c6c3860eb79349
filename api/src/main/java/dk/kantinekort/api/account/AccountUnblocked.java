package dk.kantinekort.api.account;

import org.axonframework.serialization.Revision;

/** The block on the whole account was lifted; a card block, if any, stays. */
@Revision("1")
public record AccountUnblocked(String accountId) {
}
