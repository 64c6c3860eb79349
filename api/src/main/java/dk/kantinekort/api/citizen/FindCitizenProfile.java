package dk.kantinekort.api.citizen;

/** A person's Brugeroplysninger; answers a {@link CitizenProfile}, or null when unknown. */
public record FindCitizenProfile(String citizenId) {
}
