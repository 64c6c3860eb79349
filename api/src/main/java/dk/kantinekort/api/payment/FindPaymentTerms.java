package dk.kantinekort.api.payment;

/** The current {@link PaymentTerms}; answered by the command side, which applies them. */
public record FindPaymentTerms() {
}
