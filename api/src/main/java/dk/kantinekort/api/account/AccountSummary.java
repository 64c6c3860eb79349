package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A card account as the portal and the till balance inquiry see it. {@code status} and {@code blockedBy} are the
 * whole account's (a staff block: nothing works); {@code cardStatus} and {@code cardBlockedBy} the current card's
 * (a lost card: the account still works). Each {@code blockedBy} is null while not blocked, so the portal hides
 * "Aktiver kort" for a staff block (decision record 21).
 */
public record AccountSummary(String accountId, String citizenId, String holderName, String cprMasked, String displayName, Money balance, AccountStatus status, String currentCardNumber, List<String> formerCardNumbers, Set<UnitKind> allowedUnits, Instant lastChangedAt, BlockOrigin blockedBy, AccountStatus cardStatus, BlockOrigin cardBlockedBy) {

    /** An account whose card is in the same state as the account (tests and callers that know no card block). */
    public AccountSummary(String accountId, String citizenId, String holderName, String cprMasked, String displayName,
                          Money balance, AccountStatus status, String currentCardNumber, List<String> formerCardNumbers,
                          Set<UnitKind> allowedUnits, Instant lastChangedAt, BlockOrigin blockedBy) {
        this(accountId, citizenId, holderName, cprMasked, displayName, balance, status, currentCardNumber,
                formerCardNumbers, allowedUnits, lastChangedAt, blockedBy, status, blockedBy);
    }

    /** Whether the current card may be used at a till: neither it nor the account is blocked. */
    public boolean cardUsable() {
        return status != AccountStatus.BLOCKED && cardStatus != AccountStatus.BLOCKED;
    }
}
