package dk.kantinekort.api.payment;

/** Payments the ledger could not match, for staff; answers a list of {@link PaymentDiscrepancyView}. */
public record ListPaymentDiscrepancies() {
}
