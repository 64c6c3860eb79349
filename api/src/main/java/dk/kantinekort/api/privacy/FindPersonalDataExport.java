package dk.kantinekort.api.privacy;

/**
 * Right of access (GDPR art. 15): everything held about a citizen and the people they act for through approved links,
 * as JSON in plain words (kroner with øre, ISO dates, masked card numbers). Answers the JSON text, or nothing for an
 * unknown citizen. Callers pass the logged-in citizen's own id, or staff a citizen they looked up (recorded).
 */
public record FindPersonalDataExport(String citizenId) {
}
