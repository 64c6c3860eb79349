package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A card account as the portal and the till balance inquiry see it; {@code blockedBy} says who set the block of a
 * BLOCKED card (null when active), so the portal hides "Ophæv spærring" for a staff block.
 */
public record AccountSummary(String accountId, String citizenId, String holderName, String cprMasked, String displayName, Money balance, AccountStatus status, String currentCardNumber, List<String> formerCardNumbers, Set<UnitKind> allowedUnits, Instant lastChangedAt, BlockOrigin blockedBy) {
}
