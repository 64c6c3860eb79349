package dk.kantinekort.ui.citizen.statement;

import static dk.kantinekort.ui.citizen.statement.StatementFixtures.MARCH;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.at;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.christiansCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Overfør on Kontoudskrift: each side of a transfer names the other account when the citizen may see it. */
class TransferRowsTest {

    static StatementRow row(String at, StatementRowType type, long ore, long after, String otherAccount) {
        return new StatementRow("t-" + at, at(at), type, Money.ofOre(ore), Money.ofOre(after), otherAccount, null,
                List.of(), null);
    }

    @Test
    void aTransferNamesTheOtherAccountOrSaysAnotherAccount() {
        Statement statement = new Statement("a", at("2026-03-01T00:00"), at("2026-03-31T00:00"), Money.ofOre(10_000),
                Money.ofOre(7_000), List.of(
                row("2026-03-02T10:00", StatementRowType.TRANSFER_OUT, -2_500, 7_500, "child"),
                row("2026-03-03T10:00", StatementRowType.TRANSFER_OUT, -1_000, 6_500, "blocked"),
                row("2026-03-03T10:01", StatementRowType.TRANSFER_REVERSED, 1_000, 7_500, "blocked"),
                row("2026-03-04T10:00", StatementRowType.TRANSFER_IN, 500, 8_000, "stranger")));
        Map<String, String> visible = Map.of("child", "Kantinekort – Test Harms Relation",
                "blocked", "Kantinekort – Lærke Harms");

        StatementReport report = new StatementReportBuilder(BundleTexts.danish(),
                id -> Optional.ofNullable(visible.get(id))).build(statement, christiansCard(), MARCH);

        assertThat(report.entries()).extracting(StatementReport.Entry::type, StatementReport.Entry::amountOre,
                        StatementReport.Entry::balanceOre, StatementReport.Entry::description)
                .containsExactly(
                        tuple("Overført", -2_500L, 7_500L, "Til Kantinekort – Test Harms Relation"),
                        tuple("Overført", -1_000L, 6_500L, "Til Kantinekort – Lærke Harms"),
                        tuple("Overførsel tilbageført", 1_000L, 7_500L,
                                "Afvist af Kantinekort – Lærke Harms, beløbet er ført tilbage"),
                        tuple("Modtaget", 500L, 8_000L, "Fra en anden konto"));
    }
}
