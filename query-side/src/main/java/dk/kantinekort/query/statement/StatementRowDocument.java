package dk.kantinekort.query.statement;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static dk.kantinekort.query.statement.StatementCollections.ACCOUNT_ID;
import static dk.kantinekort.query.statement.StatementCollections.AMOUNT;
import static dk.kantinekort.query.statement.StatementCollections.AT;
import static dk.kantinekort.query.statement.StatementCollections.BALANCE_AFTER;
import static dk.kantinekort.query.statement.StatementCollections.BROKEN_RULE;
import static dk.kantinekort.query.statement.StatementCollections.CATEGORY;
import static dk.kantinekort.query.statement.StatementCollections.DECLINE_REASON;
import static dk.kantinekort.query.statement.StatementCollections.ID;
import static dk.kantinekort.query.statement.StatementCollections.LINES;
import static dk.kantinekort.query.statement.StatementCollections.NAME;
import static dk.kantinekort.query.statement.StatementCollections.PLACE_ID;
import static dk.kantinekort.query.statement.StatementCollections.QUANTITY;
import static dk.kantinekort.query.statement.StatementCollections.REFERENCE;
import static dk.kantinekort.query.statement.StatementCollections.SEQUENCE;
import static dk.kantinekort.query.statement.StatementCollections.SKU;
import static dk.kantinekort.query.statement.StatementCollections.TEMPORARY_CARD;
import static dk.kantinekort.query.statement.StatementCollections.TEXT;
import static dk.kantinekort.query.statement.StatementCollections.TYPE;
import static dk.kantinekort.query.statement.StatementCollections.UNIT_PRICE;

/**
 * A statement row as stored. The key is derived from the event (account, type and the domain id, or the event
 * id for declines), so writing the same event twice replaces the row with itself.
 */
final class StatementRowDocument {

    private StatementRowDocument() {
    }

    /** Rows of one account are keyed by account too: domain ids (e.g. deposit ids) are unique per account only. */
    static String key(String accountId, StatementRowType type, String domainId) {
        return accountId + ":" + type.name() + ":" + domainId;
    }

    static Document row(String key, String accountId, Instant at, long sequence, StatementRowType type,
                        String reference, Money amount, Money balanceAfter, String text, String placeId,
                        List<PurchaseLine> lines, DeclineReason declineReason) {
        Document row = new Document(ID, key)
                .append(ACCOUNT_ID, accountId)
                .append(AT, Date.from(at))
                .append(SEQUENCE, sequence)
                .append(TYPE, type.name())
                .append(REFERENCE, reference)
                .append(AMOUNT, amount.ore());
        // Declined attempts have no balance of their own: "money rows" are those with a balanceAfter.
        if (balanceAfter != null) {
            row.append(BALANCE_AFTER, balanceAfter.ore());
        }
        return row.append(TEXT, text)
                .append(PLACE_ID, placeId)
                .append(LINES, lines == null ? List.of() : lines.stream().map(StatementRowDocument::line).toList())
                .append(DECLINE_REASON, declineReason == null ? null : declineReason.name());
    }

    /** A declined attempt's row with the spending rule it broke, if any. */
    static Document withBrokenRule(Document row, BrokenSpendingRule rule) {
        if (rule == null) {
            return row;
        }
        Document d = new Document();
        if (rule.limit() != null) {
            d.append("limit", rule.limit().ore());
        }
        if (rule.spentToday() != null) {
            d.append("spentToday", rule.spentToday().ore());
        }
        if (rule.unitKind() != null) {
            d.append("unitKind", rule.unitKind().name());
        }
        if (rule.category() != null) {
            d.append(CATEGORY, rule.category().name());
        }
        return row.append(BROKEN_RULE, d);
    }

    static BrokenSpendingRule brokenRule(Document row) {
        Document d = row.get(BROKEN_RULE, Document.class);
        if (d == null) {
            return null;
        }
        Number limit = d.get("limit", Number.class);
        Number spent = d.get("spentToday", Number.class);
        String unit = d.getString("unitKind");
        String category = d.getString(CATEGORY);
        return new BrokenSpendingRule(limit == null ? null : Money.ofOre(limit.longValue()),
                spent == null ? null : Money.ofOre(spent.longValue()), unit == null ? null : UnitKind.valueOf(unit),
                category == null ? null : ProductCategory.valueOf(category));
    }

    /** The published row; a declined attempt shows the balance that was left untouched. */
    static StatementRow toRow(Document d, Money balanceBefore) {
        Money balanceAfter = balanceAfter(d);
        String declineReason = d.getString(DECLINE_REASON);
        return new StatementRow(
                d.getString(REFERENCE),
                d.getDate(AT).toInstant(),
                StatementRowType.valueOf(d.getString(TYPE)),
                Money.ofOre(d.get(AMOUNT, Number.class).longValue()),
                balanceAfter == null ? balanceBefore : balanceAfter,
                d.getString(TEXT),
                d.getString(PLACE_ID),
                lines(d),
                declineReason == null ? null : DeclineReason.valueOf(declineReason),
                brokenRule(d),
                Boolean.TRUE.equals(d.getBoolean(TEMPORARY_CARD)));
    }

    static Money balanceAfter(Document d) {
        Number balanceAfter = d.get(BALANCE_AFTER, Number.class);
        return balanceAfter == null ? null : Money.ofOre(balanceAfter.longValue());
    }

    static List<PurchaseLine> lines(Document d) {
        return d.getList(LINES, Document.class, List.of()).stream()
                .map(line -> new PurchaseLine(line.getString(SKU), line.getString(NAME),
                        line.get(QUANTITY, Number.class).intValue(),
                        Money.ofOre(line.get(UNIT_PRICE, Number.class).longValue()),
                        line.getString(CATEGORY) == null ? null : ProductCategory.valueOf(line.getString(CATEGORY))))
                .toList();
    }

    private static Document line(PurchaseLine line) {
        return new Document(SKU, line.sku())
                .append(NAME, line.name())
                .append(QUANTITY, line.quantity())
                .append(UNIT_PRICE, line.unitPrice() == null ? 0L : line.unitPrice().ore())
                .append(CATEGORY, line.category() == null ? null : line.category().name());
    }
}
