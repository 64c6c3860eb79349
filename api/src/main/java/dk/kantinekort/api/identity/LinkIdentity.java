package dk.kantinekort.api.identity;

import dk.kantinekort.api.citizen.Cpr;

/**
 * Link a login identity (the OIDC broker's stable subject) to the person with this CPR number, registering
 * the person when unknown (F1). Answers the citizen id.
 *
 * <p>{@code cpr} is what the citizen typed; {@code assertedCpr} is the CPR number the broker asserts for the
 * identity (a claim of the validated ID token or user info, never anything from the page; null when the broker
 * gave none). The link is made only when both are the same number: otherwise, and without an asserted number, it
 * is refused with {@link dk.kantinekort.api.error.RejectionCode#CPR_NOT_CONFIRMED}, the same whether the typed
 * number belongs to somebody or nobody. A confirmed number whose person has another identity already is refused
 * with {@link dk.kantinekort.api.error.RejectionCode#CPR_LINKED_TO_OTHER_IDENTITY}. Name and e-mail come from
 * the broker's claims and are used only for a new person.
 */
public record LinkIdentity(String subject, Cpr cpr, Cpr assertedCpr, String name, String email) {

    @Override
    public String toString() {
        return "LinkIdentity[subject=" + subject + "]";
    }
}
