package dk.kantinekort.api.offline;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.Set;

/** An offline sale as staff and the card holder see it: when sold, when booked, where, how much, and its flags. */
public record OfflineSaleView(String saleId, Instant soldAt, Instant bookedAt, String placeName, Money total,
                              Money balanceAfter, Set<OfflineSaleFlag> flags) {
}
