package dk.kantinekort.api.access;

/**
 * A command a citizen sends in their own name. Sent from the portal, the command side lets it through only
 * when {@link #actingCitizenId()} is the logged-in citizen.
 */
public interface ActingCitizen {
    String actingCitizenId();
}
