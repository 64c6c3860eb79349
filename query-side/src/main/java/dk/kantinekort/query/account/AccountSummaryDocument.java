package dk.kantinekort.query.account;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dk.kantinekort.query.account.AccountCollections.ALLOWED_UNITS;
import static dk.kantinekort.query.account.AccountCollections.BALANCE;
import static dk.kantinekort.query.account.AccountCollections.CITIZEN_ID;
import static dk.kantinekort.query.account.AccountCollections.CPR_MASKED;
import static dk.kantinekort.query.account.AccountCollections.CURRENT_CARD;
import static dk.kantinekort.query.account.AccountCollections.DISPLAY_NAME;
import static dk.kantinekort.query.account.AccountCollections.FORMER_CARDS;
import static dk.kantinekort.query.account.AccountCollections.HOLDER_NAME;
import static dk.kantinekort.query.account.AccountCollections.ID;
import static dk.kantinekort.query.account.AccountCollections.LAST_CHANGED_AT;
import static dk.kantinekort.query.account.AccountCollections.BLOCKED_BY;
import static dk.kantinekort.query.account.AccountCollections.STATUS;
import static dk.kantinekort.query.account.AccountCollections.CARD_BLOCKED_BY;
import static dk.kantinekort.query.account.AccountCollections.CARD_STATUS;

/** Reads a stored account summary back into the published {@link AccountSummary}. */
final class AccountSummaryDocument {

    private AccountSummaryDocument() {
    }

    static AccountSummary toSummary(Document d) {
        Number balance = d.get(BALANCE, Number.class);
        String status = d.getString(STATUS);
        String cardStatus = d.getString(CARD_STATUS);
        Date lastChangedAt = d.getDate(LAST_CHANGED_AT);
        return new AccountSummary(
                d.getString(ID),
                d.getString(CITIZEN_ID),
                d.getString(HOLDER_NAME),
                d.getString(CPR_MASKED),
                d.getString(DISPLAY_NAME),
                Money.ofOre(balance == null ? 0 : balance.longValue()),
                status == null ? AccountStatus.ACTIVE : AccountStatus.valueOf(status),
                d.getString(CURRENT_CARD),
                List.copyOf(d.getList(FORMER_CARDS, String.class, List.of())),
                units(d.getList(ALLOWED_UNITS, String.class, List.of())),
                lastChangedAt == null ? null : lastChangedAt.toInstant(),
                blockedBy(status, d.getString(BLOCKED_BY)),
                cardStatus == null ? AccountStatus.ACTIVE : AccountStatus.valueOf(cardStatus),
                blockedBy(cardStatus, d.getString(CARD_BLOCKED_BY)));
    }

    /** Who set the block of a blocked account or card; a block recorded without an origin counts as staff's. */
    private static BlockOrigin blockedBy(String status, String origin) {
        if (!AccountStatus.BLOCKED.name().equals(status)) {
            return null;
        }
        return origin == null ? BlockOrigin.STAFF : BlockOrigin.valueOf(origin);
    }

    private static Set<UnitKind> units(List<String> names) {
        EnumSet<UnitKind> units = EnumSet.noneOf(UnitKind.class);
        names.forEach(name -> units.add(UnitKind.valueOf(name)));
        return units;
    }
}
