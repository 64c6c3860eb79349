package dk.kantinekort.ui.staff.audit;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.audit.AccountDifference;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.BalanceAt;
import dk.kantinekort.api.audit.FindAccountHistory;
import dk.kantinekort.api.audit.FindBalanceAt;
import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.FoldInconsistency;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.LedgerTotals;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus.ProcessorProgress;
import dk.kantinekort.api.audit.RebuildStarted;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.audit.StartReadModelRebuild;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditViewTest extends BackofficeUiTest {

    private static final String CHRISTIAN = TestData.CHRISTIAN_CARD.accountId();
    private static final List<AuditedEvent> HISTORY = List.of(
            event(0, "2026-03-01T09:00:00Z", "CardAccountOpened", "{\"accountId\":\"account-christian\"}",
                    "admin:api", "ADMIN_API", "corr-open", null, null),
            event(1, "2026-03-01T09:00:05Z", "MoneyDeposited",
                    "{\"accountId\":\"account-christian\",\"amount\":6500,\"balanceAfter\":6500}",
                    "system:demo", "SYSTEM", "corr-deposit", 6500L, 6500L),
            event(2, "2026-03-31T22:30:00Z", "PurchaseMade",
                    "{\"accountId\":\"account-christian\",\"total\":300,\"balanceAfter\":6200}",
                    "till:skole-1", "TILL", "corr-purchase", -300L, 6200L));
    private static final LedgerTotals BALANCED = new LedgerTotals(Money.ofOre(6500), Money.ZERO, Money.ofOre(300),
            Money.ZERO, Money.ZERO, Money.ofOre(6500), Money.ofOre(300), Money.ofOre(6200), Money.ofOre(6200), true);

    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void asAuditorWithNothingRunning() {
        staff.logIn("revisor", Role.AUDITOR);
        queries.answer(FindLatestLedgerCheck.class, q -> null);
        queries.answer(FindReadModelStatus.class, q -> ready());
        queries.answer(FindAccountByCard.class, q -> q.cardNumber().value().equals("1562265116")
                ? TestData.CHRISTIAN_CARD : null);
        queries.answer(FindAccountSummary.class, q -> q.accountId().equals(CHRISTIAN) ? TestData.CHRISTIAN_CARD : null);
        queries.answer(FindAccountHistory.class, q -> q.accountId().equals(CHRISTIAN) ? HISTORY : List.of());
    }

    @Test
    void anAccountFoundByItsCardShowsEveryEventInOrderInDanishTimeWithKronerAndMetadata() {
        open("backoffice/revision");

        find("1562 265116");

        assertThat(paragraph("history-account")).isEqualTo("Konto account-christian – Christian Harms, kort 1562265116");
        assertThat(rowIds("history-event-")).containsExactly("history-event-0", "history-event-1", "history-event-2");
        assertThat(rowText("history-event-1")).contains("01-03-2026 10:00:05", "MoneyDeposited", "65,00 kr.",
                "system:demo", "SYSTEM", "corr-deposit");
        assertThat(rowText("history-event-2")).contains("01-04-2026 00:30:00", "PurchaseMade", "-3,00 kr.",
                "62,00 kr.", "till:skole-1", "TILL", "corr-purchase");
        assertThat(_get(Anchor.class, spec -> spec.withId("history-export-account")).getText())
                .isEqualTo("Hent kontoens historik (JSON Lines)");
    }

    @Test
    void anAccountIdFindsTheAccountToo() {
        open("backoffice/revision");

        find(CHRISTIAN);

        assertThat(paragraph("history-account")).startsWith("Konto account-christian – Christian Harms");
        assertThat(rowIds("history-event-")).hasSize(3);
    }

    @Test
    void aCardOrIdThatNamesNoAccountIsSaidSo() {
        open("backoffice/revision");

        find("9999999999");

        assertThat(paragraph("history-message")).isEqualTo("Ingen konto med det kortnummer eller id.");
        assertThat(rowIds("history-event-")).isEmpty();
    }

    @Test
    void theBalanceAtAnInstantIsAskedForThatMomentInCopenhagenAndSaysTheEventsAgree() {
        AtomicReference<FindBalanceAt> question = new AtomicReference<>();
        queries.answer(FindBalanceAt.class, q -> {
            question.set(q);
            return new BalanceAt(CHRISTIAN, q.at(), true, Money.ofOre(6500), 1L, 1, true, List.of());
        });
        open("backoffice/revision");
        find("1562265116");

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("history-balance-at")),
                LocalDateTime.parse("2026-03-15T12:00"));
        _click(_get(Button.class, spec -> spec.withId("history-balance-show")));

        assertThat(question.get()).isEqualTo(new FindBalanceAt(CHRISTIAN, Instant.parse("2026-03-15T11:00:00Z")));
        assertThat(paragraph("history-balance"))
                .isEqualTo("Saldo pr. 15-03-2026 12:00:00: 65,00 kr. (1 saldobevægelser lagt sammen).");
        assertThat(paragraph("history-verdict")).startsWith("Hændelserne stemmer:");
    }

    @Test
    void aBalanceWhoseEventsDoNotAddUpListsTheEventsWithBothNumbers() {
        queries.answer(FindBalanceAt.class, q -> new BalanceAt(CHRISTIAN, q.at(), true, Money.ofOre(6200), 2L, 2,
                false, List.of(new FoldInconsistency(CHRISTIAN, 2, "PurchaseMade", Money.ofOre(6500),
                        Money.ofOre(-300), Money.ofOre(6200), Money.ofOre(9900)))));
        open("backoffice/revision");
        find("1562265116");

        _click(_get(Button.class, spec -> spec.withId("history-balance-show")));

        assertThat(paragraph("history-verdict")).startsWith("Hændelserne stemmer ikke:");
        assertThat(rowText("history-inconsistencies-account-christian-2")).contains("PurchaseMade", "65,00 kr.",
                "-3,00 kr.", "62,00 kr.", "99,00 kr.");
    }

    @Test
    void aLedgerCheckRunsInTheAuditorsNameAndSaysItPassed() {
        commands.answer(RunLedgerCheck.class, c -> {
            asked.add(c);
            return null;
        });
        queries.answer(FindLedgerCheck.class, q -> asked.stream().anyMatch(c -> c instanceof RunLedgerCheck r
                && r.checkId().equals(q.checkId())) ? check(true, List.of()) : null);
        open("backoffice/revision");
        assertThat(paragraph("ledger-check-latest")).isEqualTo("Der er ikke kørt nogen kontrol, siden systemet startede.");

        _click(_get(Button.class, spec -> spec.withId("ledger-check-run")));
        pollUntil(() -> paragraph("ledger-check-message").equals("Kontrollen er bestået."));

        assertThat(asked).singleElement().extracting(c -> ((RunLedgerCheck) c).requestedBy())
                .as("a command in the auditor's name").isEqualTo("auditor:revisor");
        assertThat(paragraph("ledger-check-latest")).isEqualTo("Seneste kontrol 01-04-2026 12:00:03 "
                + "(bestilt af auditor:revisor): bestået. 3 konti og 42 hændelser kontrolleret.");
        assertThat(rowText("ledger-total-balanced")).contains("Penge ind = penge ud + saldi", "Ja");
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops with the answer").isLessThan(0);
    }

    @Test
    void aFailedCheckListsTheDifferencesAccountByAccountWithTheTotals() {
        queries.answer(FindLatestLedgerCheck.class, q -> check(false, List.of(
                new AccountDifference(CHRISTIAN, Money.ofOre(9900), Money.ofOre(6200)))));

        open("backoffice/revision");

        assertThat(paragraph("ledger-check-latest")).startsWith("Seneste kontrol 01-04-2026 12:00:03 "
                + "(bestilt af auditor:revisor): ikke bestået.");
        assertThat(rowText("ledger-difference-account-christian")).contains("account-christian", "99,00 kr.",
                "62,00 kr.");
        assertThat(rowText("ledger-total-money-in")).contains("Penge ind", "65,00 kr.");
        assertThat(rowText("ledger-total-sum-of-read-model-balances")).contains("62,00 kr.");
    }

    @Test
    void aRebuildStartsOnlyAfterConfirmationAndIsFollowedUntilReady() {
        AtomicReference<ReadModelStatus> now = new AtomicReference<>(rebuilding(false));
        commands.answer(StartReadModelRebuild.class, c -> {
            asked.add(c);
            return new RebuildStarted(true, rebuilding(false));
        });
        open("backoffice/revision");
        queries.answer(FindReadModelStatus.class, q -> now.get());

        _click(_get(Button.class, spec -> spec.withId("rebuild-start")));
        assertThat(asked).as("nothing before the confirmation").isEmpty();
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("rebuild-confirm")));

        pollUntil(() -> _find(NativeTableRow.class, spec -> spec.withId("rebuild-processor-accounts")).size() == 1
                && paragraph("rebuild-state").startsWith("Genopbygger:"));
        assertThat(asked).singleElement().extracting(c -> ((StartReadModelRebuild) c).requestedBy())
                .as("a command in the auditor's name").isEqualTo("auditor:revisor");
        assertThat(paragraph("rebuild-message")).isEqualTo("Genopbygningen er startet.");
        assertThat(rowText("rebuild-processor-accounts")).contains("accounts", "10", "42", "Afspiller");
        assertThat(_get(Button.class, spec -> spec.withId("rebuild-start")).isEnabled()).isFalse();

        now.set(readyAfterRebuild());
        pollUntil(() -> paragraph("rebuild-state").startsWith("Læsemodellerne er klar."));
        assertThat(rowText("rebuild-processor-accounts")).contains("42", "Færdig");
        assertThat(UI.getCurrent().getPollInterval()).isLessThan(0);
        assertThat(_get(Button.class, spec -> spec.withId("rebuild-start")).isEnabled()).isTrue();
    }

    @Test
    void aRebuildRefusedBecauseOneRunsIsExplainedAndThatOneFollowed() {
        commands.answer(StartReadModelRebuild.class, c -> new RebuildStarted(false, rebuilding(false)));
        open("backoffice/revision");

        _click(_get(Button.class, spec -> spec.withId("rebuild-start")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("rebuild-confirm")));

        pollUntil(() -> paragraph("rebuild-message").startsWith("Der kører allerede en genopbygning"));
        assertThat(paragraph("rebuild-message")).isEqualTo("Der kører allerede en genopbygning (startet "
                + "01-04-2026 11:58:00 af auditor:kollega). Den følges herunder; start en ny, når den er færdig.");
    }

    @Test
    void aRebuildAlreadyRunningWhenThePageOpensIsFollowed() {
        queries.answer(FindReadModelStatus.class, q -> rebuilding(false));

        open("backoffice/revision");

        assertThat(paragraph("rebuild-state")).isEqualTo("Genopbygger: startet 01-04-2026 11:58:00 af auditor:kollega.");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
    }

    @Test
    void theWholeHistoryCanBeDownloaded() {
        open("backoffice/revision");

        assertThat(_get(Anchor.class, spec -> spec.withId("export-all")).getText())
                .isEqualTo("Hent hele historikken (JSON Lines)");
    }

    private static void find(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("history-search")), text);
        _click(_get(Button.class, spec -> spec.withId("history-find")));
    }

    /** Fires the browser's polls (as the client would, every second) until the page shows what it should. */
    private static void pollUntil(java.util.concurrent.Callable<Boolean> shown) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().ignoreExceptions().pollInterval(Duration.ofMillis(20)).until(() -> {
            UI ui = UI.getCurrent();
            if (ui.getPollInterval() > 0) {
                ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            }
            return shown.call();
        });
    }

    private static List<String> rowIds(String prefix) {
        return _find(NativeTableRow.class).stream().map(row -> row.getId().orElse(""))
                .filter(id -> id.startsWith(prefix)).toList();
    }

    private static AuditedEvent event(long sequence, String at, String type, String payload, String actor,
                                      String channel, String correlationId, Long amount, Long balanceAfter) {
        return new AuditedEvent("event-" + sequence, CHRISTIAN, sequence, Instant.parse(at), type, payload, actor,
                channel, correlationId, amount == null ? null : Money.ofOre(amount),
                balanceAfter == null ? null : Money.ofOre(balanceAfter));
    }

    private static LedgerCheckResult check(boolean passed, List<AccountDifference> differences) {
        return new LedgerCheckResult("check-1", LedgerCheckResult.Trigger.ON_DEMAND, "auditor:revisor",
                Instant.parse("2026-04-01T10:00:00Z"), Instant.parse("2026-04-01T10:00:03Z"), 42, 3, BALANCED,
                differences, List.of(), passed);
    }

    private static ReadModelStatus ready() {
        return new ReadModelStatus(ReadModelStatus.State.READY, null, null, null, null,
                List.of(new ProcessorProgress("accounts", 42L, 42L, false, true)));
    }

    private static ReadModelStatus rebuilding(boolean done) {
        return new ReadModelStatus(ReadModelStatus.State.REBUILDING, "rebuild-1", "auditor:kollega",
                Instant.parse("2026-04-01T09:58:00Z"), null,
                List.of(new ProcessorProgress("accounts", 10L, 42L, true, done)));
    }

    private static ReadModelStatus readyAfterRebuild() {
        return new ReadModelStatus(ReadModelStatus.State.READY, "rebuild-1", "auditor:revisor",
                Instant.parse("2026-04-01T09:58:00Z"), Instant.parse("2026-04-01T09:59:00Z"),
                List.of(new ProcessorProgress("accounts", 42L, 42L, false, true)));
    }
}
