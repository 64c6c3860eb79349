package dk.kantinekort.api.offline;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A sale a till made offline (at {@code soldAt}) was booked on the account when the till uploaded it; the balance
 * may go below zero (a debt the next deposit settles). {@code flags} say what staff should look at.
 */
@Revision("1")
public record OfflineSaleBooked(String accountId, String saleId, CardNumber cardNumber, String placeId, String tillId,
                                UnitKind unitKind, List<PurchaseLine> lines, Money total, Instant soldAt,
                                Money balanceAfter, Set<OfflineSaleFlag> flags, String requestFingerprint)
        implements BalanceChanged {
}
