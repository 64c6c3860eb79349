package dk.kantinekort.command.payment.provider;

/** The payment method the citizen chose before the hosted page. */
public enum PaymentChoice {
    CARD,
    MOBILEPAY
}
