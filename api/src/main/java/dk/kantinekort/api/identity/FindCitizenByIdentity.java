package dk.kantinekort.api.identity;

/**
 * Who a login identity is: answers the citizen id as a String, or null when the identity is not linked yet.
 * Answered by the command side from its consistent look-up table, so a fresh link is seen at once.
 */
public record FindCitizenByIdentity(String subject) {
}
