package dk.kantinekort.ui.citizen.statement;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * Words a {@link Statement} for the citizen: the guide's Danish row types (a till purchase is "Hævet"), what
 * the query side's neutral texts mean (payment method, fee kind, place), and for each declined attempt the
 * reason with the guide's advice from "Sådan gør du hvis kortet ikke virker".
 */
final class StatementReportBuilder {

    /** What the first read models wrote as a payment-card row's text, before it named the place or plan. */
    private static final String LEGACY_PAYMENT_CARD_TEXT = "PAYMENT_CARD";

    private final ReportTexts texts;
    /** Names another card account by id (a transfer's other side) when the citizen may see it. */
    private final Function<String, Optional<String>> accountNames;

    StatementReportBuilder(ReportTexts texts) {
        this(texts, id -> Optional.empty());
    }

    StatementReportBuilder(ReportTexts texts, Function<String, Optional<String>> accountNames) {
        this.texts = texts;
        this.accountNames = accountNames;
    }

    StatementReport build(Statement statement, AccountSummary account, StatementPeriod period) {
        List<StatementReport.Entry> entries = new ArrayList<>();
        List<StatementReport.Decline> attempts = new ArrayList<>();
        Set<DeclineReason> reasons = new LinkedHashSet<>();
        Money balance = orZero(statement.openingBalance());
        for (StatementRow row : statement.rows()) {
            LocalDateTime at = LocalDateTime.ofInstant(row.at(), StatementPeriod.ZONE);
            if (row.type() == StatementRowType.DECLINED) {
                attempts.add(new StatementReport.Decline(at, withTemporaryCard(row, row.text()), declineText(row)));
                reasons.add(row.declineReason());
                continue;
            }
            Money amount = orZero(row.amount());
            // Webshop and subscription charges on a payment card are listed but leave the card's balance alone.
            boolean paidByPaymentCard = isPaidByPaymentCard(row, balance);
            Money after = paidByPaymentCard ? balance
                    : row.balanceAfter() == null ? balance.plus(amount) : row.balanceAfter();
            entries.add(new StatementReport.Entry(at, text("statement.type." + row.type().name()), amount.ore(),
                    after.ore(), withTemporaryCard(row, description(row, paidByPaymentCard)), lines(row.lines()),
                    row.id()));
            balance = after;
        }
        Money closing = statement.closingBalance() == null ? balance : statement.closingBalance();
        return new StatementReport(
                text("statement.report.language"),
                text("statement.report.heading"),
                text("statement.report.account", accountName(account, texts)),
                text("statement.report.period", ReportFormat.date(period.start()), ReportFormat.date(period.end())),
                period.start(), period.end(),
                new StatementReport.Columns(text("statement.column.date"), text("statement.column.type"),
                        text("statement.column.amount"), text("statement.column.balance"),
                        text("statement.column.description")),
                new StatementReport.Balance(text("statement.report.opening"), orZero(statement.openingBalance()).ore()),
                entries,
                new StatementReport.Balance(text("statement.report.closing"), closing.ore()),
                text("statement.report.empty"),
                new StatementReport.Declines(text("statement.declines.heading"), text("statement.type.DECLINED"),
                        text("statement.column.date"), text("statement.declines.place"), text("statement.declines.reason"), attempts,
                        text("statement.declines.advice-heading"),
                        reasons.stream().map(reason -> new StatementReport.Advice(reasonText(reason),
                                text("statement.advice." + keyOf(reason)))).toList()));
    }

    /** "Kantinekort – Christian Harms": the card account's name and whose it is (parents see their children's). */
    static String accountName(AccountSummary account, ReportTexts texts) {
        String display = AccountNames.of(account, key -> texts.text(key));
        String holder = account.holderName() == null ? "" : account.holderName().strip();
        if (display.isEmpty() || display.equals(holder)) {
            return holder;
        }
        return holder.isEmpty() ? display : display + " – " + holder;
    }

    /**
     * A webshop delivery or subscription period charged on a payment card: money that left the canteen balance as it
     * was ({@code balanceBefore}); a canteen-card charge always moves it.
     */
    static boolean isPaidByPaymentCard(StatementRow row, Money balanceBefore) {
        return (row.type() == StatementRowType.WEBSHOP || row.type() == StatementRowType.SUBSCRIPTION)
                && !orZero(row.amount()).equals(Money.ZERO)
                && (row.balanceAfter() == null || row.balanceAfter().equals(balanceBefore));
    }

    /** The text of a row of a balance moved between siblings' accounts (Skoleår). */
    static final String SIBLING_TRANSFER = "SIBLING_TRANSFER";

    private String description(StatementRow row, boolean paidByPaymentCard) {
        String raw = row.text() == null || paidByPaymentCard && LEGACY_PAYMENT_CARD_TEXT.equals(row.text()) ? ""
                : row.text().strip();
        if (SIBLING_TRANSFER.equals(raw)) {
            return text("statement.sibling-transfer");
        }
        String words = switch (row.type()) {
            case DEPOSIT -> isOneOf(raw, DepositMethod.values()) ? text("statement.deposit." + raw) : raw;
            case FEE -> isOneOf(raw, FeeKind.values()) ? text("statement.fee." + raw) : raw;
            case TRANSFER_OUT, TRANSFER_IN, TRANSFER_REVERSED -> text("statement.transfer." + row.type().name(),
                    accountNames.apply(raw).orElseGet(() -> text("statement.transfer.other-account")));
            default -> raw;
        };
        if (!paidByPaymentCard) {
            return words;
        }
        String paid = text("statement.paid-by-payment-card");
        return words.isEmpty() ? paid : words + " – " + paid;
    }

    /** "Kantinen Søborg Skole – Midlertidigt kort": the row was a purchase or attempt with a temporary card. */
    private String withTemporaryCard(StatementRow row, String words) {
        if (!row.temporaryCard()) {
            return words;
        }
        String temporary = text("statement.temporary-card");
        return words == null || words.isBlank() ? temporary : words + " – " + temporary;
    }

    private static List<StatementReport.Line> lines(List<PurchaseLine> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream()
                .map(line -> new StatementReport.Line(line.quantity(), Objects.requireNonNullElse(line.name(),
                        Objects.requireNonNullElse(line.sku(), "")),
                        line.unitPrice() == null ? 0 : line.lineTotal().ore()))
                .toList();
    }

    /** The reason, and for a spending rule the rule itself: "Dagsgrænsen på 20,00 kr. var nået". */
    private String declineText(StatementRow row) {
        BrokenSpendingRule rule = row.brokenRule();
        if (rule == null) {
            return reasonText(row.declineReason());
        }
        if (rule.category() != null) {
            return text("statement.decline.rule.CATEGORY_BLOCKED", text("spending.category." + rule.category().name()));
        }
        String limit = DanishFormat.money(rule.limit());
        if (rule.unitKind() != null) {
            return text("statement.decline.rule.UNIT_LIMIT_REACHED", limit,
                    text("profile.unit." + rule.unitKind().name()));
        }
        return text("statement.decline.rule.DAILY_LIMIT_REACHED", limit);
    }

    private String reasonText(DeclineReason reason) {
        return text("statement.decline." + keyOf(reason));
    }

    private static String keyOf(DeclineReason reason) {
        return reason == null ? "OTHER" : reason.name();
    }

    private static boolean isOneOf(String raw, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(value -> value.name().equals(raw));
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

    private String text(String key, Object... params) {
        return texts.text(key, params);
    }
}
