package dk.kantinekort.ui.citizen.statement;

import static dk.kantinekort.ui.citizen.statement.StatementFixtures.MARCH;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.account;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.at;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.christiansCard;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.marchReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementReportBuilderTest {

    @Test
    void theReportIsHeadedLikeTheGuide() {
        StatementReport report = marchReport();

        assertThat(report.heading()).isEqualTo("Kontoudtog");
        assertThat(report.accountLine()).isEqualTo("Konto: Betalingskort – Christian Harms");
        assertThat(report.periodLine()).isEqualTo("Periode: 01-03-2026 til 30-03-2026");
        assertThat(report.columns()).isEqualTo(
                new StatementReport.Columns("Dato", "Type", "Beløb", "Saldo", "Beskrivelse"));
        assertThat(report.opening()).isEqualTo(new StatementReport.Balance("Saldo ved periodens start", 6500));
        assertThat(report.closing()).isEqualTo(new StatementReport.Balance("Saldo ved periodens slutning", 12600));
    }

    @Test
    void moneyRowsUseTheGuidesWordsAndCopenhagenTime() {
        assertThat(marchReport().entries())
                .extracting(StatementReport.Entry::at, StatementReport.Entry::type, StatementReport.Entry::amountOre,
                        StatementReport.Entry::balanceOre, StatementReport.Entry::description)
                .containsExactly(
                        tuple(LocalDateTime.of(2026, 3, 2, 8, 15), "Indbetaling", 10000L, 16500L, "Betalingskort"),
                        tuple(LocalDateTime.of(2026, 3, 3, 11, 42), "Hævet", -1400L, 15100L, "Kantinen Søborg Skole"),
                        tuple(LocalDateTime.of(2026, 3, 6, 9, 0), "Gebyr", -2500L, 12600L, "Nyt kort"));
    }

    @Test
    void chargesOnAPaymentCardAreListedWithoutChangingTheCanteenBalanceAndCanteenCardChargesMoveIt() {
        Statement statement = new Statement("a", null, null, Money.ofOre(5000), Money.ofOre(1500), List.of(
                new StatementRow("webshop-1", at("2026-03-03T06:00"), StatementRowType.WEBSHOP, Money.ofOre(-3500),
                        null, "Gladsaxe Skole", "skole", List.of(), null),
                new StatementRow("sub-1", at("2026-03-09T06:00"), StatementRowType.SUBSCRIPTION, Money.ofOre(-4500),
                        Money.ofOre(5000), "Frugtordning", null, List.of(), null),
                new StatementRow("webshop-2", at("2026-03-10T11:00"), StatementRowType.WEBSHOP, Money.ofOre(-3500),
                        Money.ofOre(1500), "Gladsaxe Skole", "skole", List.of(), null)));

        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(statement, christiansCard(), MARCH);

        assertThat(report.entries())
                .extracting(StatementReport.Entry::type, StatementReport.Entry::amountOre,
                        StatementReport.Entry::balanceOre, StatementReport.Entry::description)
                .containsExactly(
                        tuple("Webshop", -3500L, 5000L, "Gladsaxe Skole – Betalt med betalingskort"),
                        tuple("Abonnement", -4500L, 5000L, "Frugtordning – Betalt med betalingskort"),
                        tuple("Webshop", -3500L, 1500L, "Gladsaxe Skole"));
    }

    @Test
    void aPurchaseCarriesItsLines() {
        StatementReport.Entry purchase = marchReport().entries().get(1);

        assertThat(purchase.lines()).extracting(ReportFormat::line)
                .containsExactly("1x Ostehaps 3,00", "1x Yoghurt 6,00", "1x Stor Grønballe 5,00");
    }

    @Test
    void aLineShowsWhatTheLineCostSoTheLinesAddUpToThePurchase() {
        Statement statement = new Statement("a", null, null, Money.ofOre(5000), Money.ofOre(4000), List.of(
                StatementFixtures.purchase("2026-03-03T11:42", 4000, "Café", StatementFixtures.line(2, "Kaffe", 500))));

        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(statement, christiansCard(), MARCH);

        assertThat(ReportFormat.line(report.entries().get(0).lines().get(0))).isEqualTo("2x Kaffe 10,00");
    }

    @Test
    void declinedAttemptsAreListedApartWithTheReasonAndTheGuidesAdviceOncePerReason() {
        StatementReport.Declines declines = marchReport().declines();

        assertThat(declines.heading()).isEqualTo("Afviste køb");
        assertThat(declines.attempts()).extracting(StatementReport.Decline::at, StatementReport.Decline::place,
                        StatementReport.Decline::reason)
                .containsExactly(
                        tuple(LocalDateTime.of(2026, 3, 4, 12, 1), "Svømmehallen", "Kortet må ikke benyttes på denne enhed"),
                        tuple(LocalDateTime.of(2026, 3, 5, 12, 2), "Kantinen Søborg Skole", "Kortet er spærret"),
                        tuple(LocalDateTime.of(2026, 3, 5, 12, 3), "Kantinen Søborg Skole", "Kortet er spærret"));
        assertThat(declines.advice()).extracting(StatementReport.Advice::reason)
                .containsExactly("Kortet må ikke benyttes på denne enhed", "Kortet er spærret");
        assertThat(declines.advice().get(0).advice()).contains("om kortet må benyttes på den enhed hvor kortet ikke virker");
        assertThat(declines.advice().get(1).advice()).contains("Aktiver kort");
    }

    @Test
    void everyDeclineReasonHasWordsAndAdviceInBothLanguages() {
        for (DeclineReason reason : DeclineReason.values()) {
            for (BundleTexts texts : List.of(BundleTexts.danish(), BundleTexts.english())) {
                assertThat(texts.text("statement.decline." + reason.name())).isNotBlank();
                assertThat(texts.text("statement.advice." + reason.name())).isNotBlank();
            }
        }
    }

    @Test
    void everyRowTypeHasAWordInBothLanguages() {
        for (StatementRowType type : StatementRowType.values()) {
            assertThat(BundleTexts.danish().text("statement.type." + type.name())).isNotBlank();
            assertThat(BundleTexts.english().text("statement.type." + type.name())).isNotBlank();
        }
    }

    @Test
    void anAccountNamedAfterItsHolderIsNotNamedTwice() {
        StatementReport report = new StatementReportBuilder(BundleTexts.danish()).build(
                StatementFixtures.marchStatement("a"), account("a", "c", "Test Harms Relation", "Test Harms Relation", 0),
                MARCH);

        assertThat(report.accountLine()).isEqualTo("Konto: Test Harms Relation");
    }

    @Test
    void inEnglishTheReportIsWordedInEnglish() {
        StatementReport report = new StatementReportBuilder(BundleTexts.english())
                .build(StatementFixtures.marchStatement("a"), christiansCard(), MARCH);

        assertThat(report.language()).isEqualTo("en");
        assertThat(report.periodLine()).isEqualTo("Period: 01-03-2026 to 30-03-2026");
        assertThat(report.entries()).extracting(StatementReport.Entry::type)
                .containsExactly("Deposit", "Purchase", "Fee");
    }

    @Test
    void aCardAccountWithoutANameOfItsOwnIsCalledKantinekortInDanishAndCanteenCardInEnglish() {
        AccountSummary unnamed = account("a", "c", "Christian Harms", null, 0);

        assertThat(new StatementReportBuilder(BundleTexts.danish())
                .build(StatementFixtures.marchStatement("a"), unnamed, MARCH).accountLine())
                .isEqualTo("Konto: Kantinekort – Christian Harms");
        assertThat(new StatementReportBuilder(BundleTexts.english())
                .build(StatementFixtures.marchStatement("a"), unnamed, MARCH).accountLine())
                .isEqualTo("Account: Canteen card – Christian Harms");
    }

    @Test
    void depositMethodsAndFeeKindsAreWordedFromTheFactsInBothLanguages() {
        assertThat(StatementFixtures.marchReport().entries()).extracting(StatementReport.Entry::description)
                .containsExactly("Betalingskort", "Kantinen Søborg Skole", "Nyt kort");
        assertThat(new StatementReportBuilder(BundleTexts.english())
                .build(StatementFixtures.marchStatement("a"), christiansCard(), MARCH).entries())
                .extracting(StatementReport.Entry::description)
                .containsExactly("Payment card", "Kantinen Søborg Skole", "New card");
        for (DepositMethod method : DepositMethod.values()) {
            assertThat(BundleTexts.danish().text("statement.deposit." + method.name())).isNotBlank();
            assertThat(BundleTexts.english().text("statement.deposit." + method.name())).isNotBlank();
        }
        for (FeeKind kind : FeeKind.values()) {
            assertThat(BundleTexts.danish().text("statement.fee." + kind.name())).isNotBlank();
            assertThat(BundleTexts.english().text("statement.fee." + kind.name())).isNotBlank();
        }
    }
}
