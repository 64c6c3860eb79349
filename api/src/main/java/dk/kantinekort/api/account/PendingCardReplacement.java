package dk.kantinekort.api.account;

import java.time.Instant;

/**
 * A replacement card waiting to be produced: the account, the order, the card it replaces, the new number to
 * print and the address recorded when it was ordered ({@code deliveryAddress}, opened with the holder's key; blank
 * when none was recorded or the person was forgotten). Staff send the card to that address, not the current one.
 */
public record PendingCardReplacement(String accountId, String orderId, String oldCardNumber, String newCardNumber,
                                     Instant orderedAt, String deliveryAddress) {
}
