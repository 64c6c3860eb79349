package dk.kantinekort.ui.citizen.statement;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/** The guide's demo: Christian Harms' card with 65,00 kr., a purchase of Ostehaps, Yoghurt and Stor Grønballe. */
final class StatementFixtures {

    static final StatementPeriod MARCH = new StatementPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30));

    private StatementFixtures() {
    }

    static AccountSummary account(String accountId, String citizenId, String holder, String displayName,
                                  long balanceOre) {
        return new AccountSummary(accountId, citizenId, holder, "270182-", displayName, Money.ofOre(balanceOre),
                AccountStatus.ACTIVE, "1562265116", List.of(), EnumSet.allOf(UnitKind.class),
                Instant.parse("2026-03-01T10:00:00Z"), null);
    }

    static AccountSummary christiansCard() {
        return account("account-christian", "citizen-christian", "Christian Harms", "Betalingskort", 6500);
    }

    /** Copenhagen wall-clock time as an instant. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(StatementPeriod.ZONE).toInstant();
    }

    static StatementRow deposit(String at, long ore, long balanceAfter, String method) {
        return new StatementRow("deposit-" + at, at(at), StatementRowType.DEPOSIT, Money.ofOre(ore),
                Money.ofOre(balanceAfter), method, null, List.of(), null);
    }

    static StatementRow purchase(String at, long balanceAfter, String place, PurchaseLine... lines) {
        long total = List.of(lines).stream().mapToLong(line -> line.lineTotal().ore()).sum();
        return new StatementRow("purchase-" + at, at(at), StatementRowType.PURCHASE, Money.ofOre(-total),
                Money.ofOre(balanceAfter), place, "place-1", List.of(lines), null);
    }

    static StatementRow declined(String at, long balance, String place, DeclineReason reason) {
        return new StatementRow("declined-" + at, at(at), StatementRowType.DECLINED, Money.ZERO, Money.ofOre(balance),
                place, "place-1", List.of(), reason);
    }

    static StatementRow fee(String at, long ore, long balanceAfter, String kind) {
        return new StatementRow("fee-" + at, at(at), StatementRowType.FEE, Money.ofOre(-ore), Money.ofOre(balanceAfter),
                kind, null, List.of(), null);
    }

    static PurchaseLine line(int quantity, String name, long unitPriceOre) {
        return new PurchaseLine("sku-" + name, name, quantity, Money.ofOre(unitPriceOre));
    }

    /** 65,00 → +100,00 → -14,00 (three lines) → two declines → card fee 25,00. */
    static Statement marchStatement(String accountId) {
        return new Statement(accountId, MARCH.query(accountId).from(), MARCH.query(accountId).to(), Money.ofOre(6500),
                Money.ofOre(12600), List.of(
                deposit("2026-03-02T08:15", 10000, 16500, "PAYMENT_CARD"),
                purchase("2026-03-03T11:42", 15100, "Kantinen Søborg Skole",
                        line(1, "Ostehaps", 300), line(1, "Yoghurt", 600), line(1, "Stor Grønballe", 500)),
                declined("2026-03-04T12:01", 15100, "Svømmehallen", DeclineReason.UNIT_NOT_ALLOWED),
                declined("2026-03-05T12:02", 15100, "Kantinen Søborg Skole", DeclineReason.CARD_BLOCKED),
                declined("2026-03-05T12:03", 15100, "Kantinen Søborg Skole", DeclineReason.CARD_BLOCKED),
                fee("2026-03-06T09:00", 2500, 12600, "REPLACEMENT_CARD")));
    }

    static StatementReport marchReport() {
        return new StatementReportBuilder(BundleTexts.danish())
                .build(marchStatement("account-christian"), christiansCard(), MARCH);
    }
}
