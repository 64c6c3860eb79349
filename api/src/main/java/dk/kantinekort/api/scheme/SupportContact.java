package dk.kantinekort.api.scheme;

/** How citizens reach support, as staff last set it. */
public record SupportContact(String phone, String email, String hours) {
}
