package dk.kantinekort.api.offline;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * One sale a till made while it could not reach the ledger: its own id (derived from the till and the sale's
 * idempotency key), the card, when it was sold, the lines, the total and a fingerprint of the sale as sent.
 */
public record OfflineSale(String saleId, CardNumber cardNumber, Instant soldAt, List<PurchaseLine> lines, Money total,
                          String requestFingerprint) {
}
