package dk.kantinekort.api.citizen;

/** A person's card photo; answers the JPEG as byte[], or null when there is none. */
public record FindCardPhoto(String citizenId) {
}
