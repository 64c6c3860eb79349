package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.audit.AccountDifference;
import dk.kantinekort.api.proof.ChainBreak;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.LedgerTotals;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.shell.PlainTable;
import java.util.Optional;

/**
 * Afstemning af hovedbog: "Kør kontrol nu" runs a ledger check (polled, never waited for on the UI thread); the
 * result, or the latest one with when it ran, says passed or lists what differs account by account, with the totals.
 */
class LedgerCheckSection extends AuditSection {

    private final LedgerCheckDesk desk;
    private final Polling polling;
    private final Button run;
    private final Paragraph latest = new Paragraph();
    private final Div result = new Div();

    LedgerCheckSection(LedgerCheckDesk desk, Polling polling) {
        super("ledger-check", "backoffice.revision.check.title");
        this.desk = desk;
        this.polling = polling;
        Paragraph explanation = new Paragraph(getTranslation("backoffice.revision.check.explanation"));
        run = new Button(getTranslation("backoffice.revision.check.run"), click -> run());
        run.setId("ledger-check-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setDisableOnClick(true);
        latest.setId("ledger-check-latest");
        result.setId("ledger-check-result");
        add(explanation, run, latest, result);
    }

    /** Shows the latest check, if any ran since the query side started. */
    void showLatest() {
        Optional<LedgerCheckResult> found;
        try {
            found = desk.latest();
        } catch (IllegalStateException e) {
            sayUnavailable();
            return;
        }
        found.ifPresentOrElse(this::show, () -> latest.setText(getTranslation("backoffice.revision.check.none")));
    }

    private void run() {
        say(getTranslation("backoffice.revision.check.running"), null);
        if (!answered(desk.start())) {
            polling.until(UI.getCurrent(), () -> answered(desk.state()));
        }
    }

    /** True when the check has answered (and the answer is shown). */
    private boolean answered(LedgerCheckDesk.State state) {
        switch (state) {
            case DONE -> {
                LedgerCheckResult checked = desk.result().orElseThrow();
                say(getTranslation(checked.passed() ? "backoffice.revision.check.passed"
                        : "backoffice.revision.check.failed"), checked.passed());
                show(checked);
            }
            case FAILED -> sayUnavailable();
            default -> {
                return false;
            }
        }
        run.setEnabled(true);
        return true;
    }

    private void show(LedgerCheckResult checked) {
        String by = checked.trigger() == LedgerCheckResult.Trigger.NIGHTLY
                ? getTranslation("backoffice.revision.check.nightly")
                : getTranslation("backoffice.revision.check.on-demand", AuditFormat.text(checked.requestedBy()));
        latest.setText(getTranslation(checked.passed() ? "backoffice.revision.check.latest-passed"
                        : "backoffice.revision.check.latest-failed", AuditFormat.time(checked.finishedAt()), by,
                checked.accountsChecked(), checked.eventsRead()));
        latest.setClassName(LumoUtility.TextColor.SUCCESS, checked.passed());
        latest.setClassName(LumoUtility.TextColor.ERROR, !checked.passed());
        result.removeAll();
        result.add(new H4(getTranslation("backoffice.revision.check.totals")), totals(checked.totals()));
        if (!checked.differences().isEmpty()) {
            PlainTable differences = new PlainTable("ledger-check-differences",
                    getTranslation("backoffice.revision.column.account"),
                    getTranslation("backoffice.revision.column.read-model-balance"),
                    getTranslation("backoffice.revision.column.ledger-balance"));
            for (AccountDifference difference : checked.differences()) {
                differences.addRow("ledger-difference-" + difference.accountId(), difference.accountId(),
                        orMissing(difference.readModelBalance()), orMissing(difference.ledgerBalance()));
            }
            result.add(new H4(getTranslation("backoffice.revision.check.differences")), differences);
        }
        if (!checked.inconsistencies().isEmpty()) {
            result.add(new H4(getTranslation("backoffice.revision.check.inconsistencies")),
                    inconsistencyTable("ledger-check-inconsistencies", checked.inconsistencies()));
        }
        if (!checked.chainBreaks().isEmpty()) {
            // statement proofs (decision record 22): accounts whose stored events no longer give their chain hashes
            PlainTable breaks = new PlainTable("ledger-check-chain-breaks",
                    getTranslation("backoffice.revision.column.account"),
                    getTranslation("backoffice.revision.column.chain-position"),
                    getTranslation("backoffice.revision.column.chain-against"));
            for (ChainBreak broken : checked.chainBreaks()) {
                breaks.addRow("ledger-chain-break-" + broken.accountId(), broken.accountId(), broken.position(),
                        getTranslation("backoffice.revision.chain-against." + broken.against().name()));
            }
            result.add(new H4(getTranslation("backoffice.revision.check.chain-breaks")), breaks);
        }
    }

    private PlainTable totals(LedgerTotals totals) {
        PlainTable table = new PlainTable("ledger-check-totals", getTranslation("backoffice.revision.column.total"),
                getTranslation("backoffice.revision.column.amount"));
        row(table, "deposits", totals.deposits());
        row(table, "refunds", totals.refunds());
        row(table, "money-in", totals.moneyIn());
        row(table, "purchases", totals.purchases());
        row(table, "fees", totals.fees());
        row(table, "payouts", totals.payouts());
        row(table, "money-out", totals.moneyOut());
        row(table, "sum-of-balances", totals.sumOfBalances());
        row(table, "sum-of-read-model-balances", totals.sumOfReadModelBalances());
        table.addRow("ledger-total-balanced", getTranslation("backoffice.revision.total.balanced"),
                getTranslation(totals.balanced() ? "backoffice.revision.yes" : "backoffice.revision.no"));
        return table;
    }

    private void row(PlainTable table, String key, Money amount) {
        table.addRow("ledger-total-" + key, getTranslation("backoffice.revision.total." + key),
                AuditFormat.money(amount));
    }

    private String orMissing(Money amount) {
        return amount == null ? getTranslation("backoffice.revision.check.no-account") : AuditFormat.money(amount);
    }
}
