package dk.kantinekort.api.identity;

import dk.kantinekort.api.citizen.Cpr;

/**
 * Link a login identity (the OIDC broker's stable subject) to the person with this CPR number, registering
 * the person when unknown (F1). Answers the citizen id. Refused with
 * {@link dk.kantinekort.api.error.RejectionCode#CPR_LINKED_TO_OTHER_IDENTITY} when another identity holds the
 * CPR number already. Name and e-mail come from the broker's claims and are used only for a new person.
 */
public record LinkIdentity(String subject, Cpr cpr, String name, String email) {

    @Override
    public String toString() {
        return "LinkIdentity[subject=" + subject + "]";
    }
}
