package dk.kantinekort.api.relation;

import dk.kantinekort.api.access.ActingCitizen;
import dk.kantinekort.api.citizen.Cpr;

/**
 * Ask for access to another person's card accounts by CPR number and, optionally, the number on the back of
 * one of their cards (F3). The right pair links at once; anything else becomes a pending request, whether or
 * not the CPR number is known, so the answer never tells. Answers a {@link LinkRequestOutcome}.
 */
public record RequestAccountLink(String relationId, String requesterId, Cpr cpr, String cardNumber)
        implements ActingCitizen {

    @Override
    public String actingCitizenId() {
        return requesterId;
    }

    @Override
    public String toString() {
        return "RequestAccountLink[relationId=" + relationId + ", requesterId=" + requesterId + "]";
    }
}
