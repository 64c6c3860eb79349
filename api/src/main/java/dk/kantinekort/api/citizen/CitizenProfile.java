package dk.kantinekort.api.citizen;

/** What Brugeroplysninger shows of a person: masked CPR number, contact details, whether a photo exists. */
public record CitizenProfile(String citizenId, String cprMasked, ContactDetails details, boolean hasPhoto) {
}
