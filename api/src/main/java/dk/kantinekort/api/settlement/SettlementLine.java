package dk.kantinekort.api.settlement;

import java.time.LocalDate;

/**
 * One line of the provider's settlement report: a charge or refund ({@code type}) of a provider payment, the payout
 * it was paid in, the gross amount, the fee the provider withheld and the net paid out (øre; a refund is negative).
 * {@code lineNumber} counts from 1 after the header.
 */
public record SettlementLine(int lineNumber, String payoutId, LocalDate payoutDate, LocalDate transactionDate,
                             String paymentId, String chargeId, String orderReference, Type type,
                             String paymentMethod, long gross, long providerFee, long net) {

    /** What the provider did. */
    public enum Type {
        CHARGE, REFUND
    }
}
