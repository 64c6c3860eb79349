package dk.kantinekort.api.schoolyear;

import org.axonframework.serialization.Revision;

/**
 * A pupil whose account was closed as a leaver is back in a school's pupil list: the import opened the account again
 * (purchases, deposits and a card work as before; a new closure can be scheduled when they leave again). The card the
 * school named follows as {@code CardUnblocked} / {@code CardIssued}.
 */
@Revision("1")
public record CardAccountReopened(String accountId, String importId) {
}
