package dk.kantinekort.api.payment;

/** Where the provider's hosted page sends the citizen back to, and where the terms are. Absolute URLs. */
public record PaymentPageLinks(String returnUrl, String cancelUrl, String termsUrl) {
}
