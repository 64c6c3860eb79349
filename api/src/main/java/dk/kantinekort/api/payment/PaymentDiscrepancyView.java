package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import java.time.Instant;

/** One payment the ledger could not match. */
public record PaymentDiscrepancyView(String accountId, String checkoutId, String paymentId, Money expected,
                                     Money charged, String description, Instant foundAt) {
}
