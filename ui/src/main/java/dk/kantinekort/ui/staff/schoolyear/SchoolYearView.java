package dk.kantinekort.ui.staff.schoolyear;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.Leaver;
import dk.kantinekort.api.schoolyear.PlannedRow;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.SchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.SchoolYearPlan;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.DanishDates;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.format.UploadTexts;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Skoleår (decision record 25): the school administration's pupil file is read (uploaded or pasted), its dry run
 * shown (what will be opened, changed, moved, left, refused and why, and who left), then imported with a progress bar
 * fed by the read side; the leavers' accounts are closed on a chosen date with their balance paid out to the NemKonto
 * of the person responsible or moved to a sibling's account.
 */
@Route(value = Routes.BACKOFFICE_SCHOOL_YEAR, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class SchoolYearView extends StaffPage implements BeforeEnterObserver {

    /** The most rows of the dry run listed on the page (all are counted). */
    static final int MAX_LISTED = 500;
    private static final int MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final SchoolYearDesk desk;
    private final SchemeParts parts;
    private final TextArea pasted = new TextArea();
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final PlainTable planned;
    private final Button apply = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final PlainTable refused;
    private final PlainTable leaversTable;
    private final DatePicker closesOn = new DatePicker();
    private final RadioButtonGroup<BalanceDestination> balanceTo = new RadioButtonGroup<>();
    private final Button close = new Button();
    private List<PupilRow> rows = List.of();
    private List<Leaver> leavers = List.of();
    private String importId;
    private Registration polling;

    SchoolYearView(StaffQueries queries, StaffCommands commands, StaffLookups lookups, SchemeParts parts) {
        super("school-year", "backoffice.menu.skoleaar");
        this.desk = new SchoolYearDesk(queries, commands, lookups);
        this.parts = parts;
        Paragraph intro = new Paragraph(getTranslation("backoffice.schoolyear.intro"));
        upload.setId("school-year-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        upload.setUploadHandler(new FileUpload());
        upload.setI18n(UploadTexts.of(key -> getTranslation(key), "backoffice.schoolyear.upload"));
        pasted.setId("school-year-file");
        pasted.setLabel(getTranslation("backoffice.schoolyear.paste"));
        pasted.setHelperText(getTranslation("backoffice.schoolyear.format"));
        pasted.setWidthFull();
        pasted.setMinHeight("8em");
        Button dryRun = new Button(getTranslation("backoffice.schoolyear.dry-run"), click -> dryRun(pasted.getValue()));
        dryRun.setId("school-year-dry-run");
        dryRun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        summary.setId("school-year-summary");
        planned = new PlainTable("school-year-rows", getTranslation("backoffice.schoolyear.column.line"),
                getTranslation("backoffice.schoolyear.column.name"), getTranslation("backoffice.schoolyear.column.school"),
                getTranslation("backoffice.schoolyear.column.class"), getTranslation("backoffice.schoolyear.column.action"));
        apply.setText(getTranslation("backoffice.schoolyear.apply"));
        apply.setId("school-year-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> startImport());
        bar.setId("school-year-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("backoffice.schoolyear.progress-label"));
        progressText.setId("school-year-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        refused = new PlainTable("school-year-refused", getTranslation("backoffice.schoolyear.column.line"),
                getTranslation("backoffice.schoolyear.column.reason"));

        leaversTable = new PlainTable("school-year-leavers", getTranslation("backoffice.schoolyear.column.name"),
                getTranslation("backoffice.schoolyear.column.school"), getTranslation("backoffice.schoolyear.column.class"),
                getTranslation("backoffice.schoolyear.column.balance"),
                getTranslation("backoffice.schoolyear.column.siblings"));
        closesOn.setId("school-year-closes-on");
        closesOn.setLabel(getTranslation("backoffice.schoolyear.closes-on"));
        closesOn.setLocale(getLocale());
        closesOn.setI18n(DanishDates.i18n(getLocale(), getTranslation("statement.date.today"),
                getTranslation("statement.date.cancel"), getTranslation("statement.date.bad-input")));
        balanceTo.setId("school-year-balance-to");
        balanceTo.setLabel(getTranslation("backoffice.schoolyear.balance-to"));
        balanceTo.setItems(BalanceDestination.NEMKONTO, BalanceDestination.SIBLING);
        balanceTo.setItemLabelGenerator(d -> getTranslation("backoffice.schoolyear.balance-to." + d.name()));
        balanceTo.setValue(BalanceDestination.NEMKONTO);
        close.setText(getTranslation("backoffice.schoolyear.close"));
        close.setId("school-year-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(click -> closeLeavers());

        add(intro, new H3(getTranslation("backoffice.schoolyear.file")), upload, pasted, dryRun,
                new H3(getTranslation("backoffice.schoolyear.plan")), summary, planned, apply, bar, progressText,
                refused, new H3(getTranslation("backoffice.schoolyear.leavers")), leaversTable, closesOn, balanceTo,
                close);
        showPlan(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!parts.isOn(SchemePart.SCHOOL_YEAR)) {
            event.forwardTo(Routes.BACKOFFICE);
        }
    }

    private void dryRun(String text) {
        SchoolYearDesk.ReadFile file = SchoolYearDesk.read(text);
        if (file.problem() != null) {
            say(getTranslation("backoffice.schoolyear.bad-file", file.problem()), false);
            showPlan(null);
            return;
        }
        try {
            rows = file.rows();
            SchoolYearPlan plan = desk.preview(rows);
            leavers = plan.leavers();
            importId = null;
            showPlan(plan);
            message.setVisible(false);
        } catch (IllegalStateException e) {
            showUnavailable();
        }
    }

    private void showPlan(SchoolYearPlan plan) {
        planned.clearRows();
        refused.clearRows();
        stopPolling();
        bar.setVisible(false);
        progressText.setVisible(false);
        refused.setVisible(false);
        summary.setVisible(plan != null);
        apply.setVisible(plan != null);
        apply.setEnabled(plan != null && plan.rows().stream().anyMatch(r -> r.action() != RowAction.REFUSED));
        if (plan == null) {
            planned.setVisible(false);
            showLeavers(List.of());
            return;
        }
        summary.setText(getTranslation("backoffice.schoolyear.summary", plan.count(RowAction.OPEN),
                plan.count(RowAction.CHANGE), plan.count(RowAction.MOVE), plan.count(RowAction.UNCHANGED),
                plan.count(RowAction.LEAVING), plan.count(RowAction.REFUSED), plan.leavers().size(),
                plan.count(RowAction.REOPEN)));
        Map<Integer, PupilRow> byLine = rows.stream().collect(Collectors.toMap(PupilRow::line, Function.identity()));
        plan.rows().stream().filter(r -> r.action() != RowAction.UNCHANGED).limit(MAX_LISTED).forEach(row -> {
            PupilRow pupil = byLine.get(row.line());
            planned.addRow("school-year-row-" + row.line(), Integer.toString(row.line()),
                    pupil == null || pupil.name() == null ? "" : pupil.name(),
                    pupil == null || pupil.school() == null ? "" : pupil.school(),
                    row.className() == null ? (pupil == null || pupil.className() == null ? "" : pupil.className())
                            : row.className(), actionText(row));
        });
        planned.setVisible(!planned.isEmpty());
        showLeavers(plan.leavers());
        close.setEnabled(false); // leavers are closed after the import
    }

    private String actionText(PlannedRow row) {
        return row.action() == RowAction.REFUSED
                ? getTranslation("backoffice.schoolyear.refused." + row.refusal().name())
                : getTranslation("backoffice.schoolyear.action." + row.action().name());
    }

    private void startImport() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            importId = desk.start(rows);
        } catch (RejectedException | IllegalStateException e) {
            showUnavailable();
            return;
        }
        apply.setEnabled(false);
        bar.setValue(0);
        bar.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("backoffice.schoolyear.progress", 0, rows.size()));
        UI ui = UI.getCurrent();
        ui.setPollInterval(1_000);
        polling = ui.addPollListener(poll -> followProgress());
    }

    private void followProgress() {
        SchoolYearImportProgress progress;
        try {
            progress = desk.progress(importId).orElse(null);
        } catch (IllegalStateException e) {
            return; // the read side is away for a moment: the next poll asks again
        }
        if (progress == null) {
            return;
        }
        bar.setValue(progress.fraction());
        progressText.setText(getTranslation("backoffice.schoolyear.progress", progress.done(), progress.rowCount()));
        if (!progress.finished() || progress.done() < progress.rowCount()) {
            return;
        }
        stopPolling();
        say(getTranslation("backoffice.schoolyear.done", progress.opened(), progress.changed(), progress.moved(),
                progress.unchanged(), progress.leaving(), progress.refused(), progress.reopened()), true);
        refused.clearRows();
        progress.refusedRows().forEach(row -> refused.addRow("school-year-refused-" + row.line(),
                Integer.toString(row.line()), getTranslation("backoffice.schoolyear.refused." + row.reason().name())));
        refused.setVisible(!refused.isEmpty());
        try {
            showLeavers(desk.leavers(importId));
            close.setEnabled(!leavers.isEmpty());
        } catch (IllegalStateException e) {
            showUnavailable();
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private void showLeavers(List<Leaver> found) {
        leavers = found;
        leaversTable.clearRows();
        for (Leaver leaver : found) {
            leaversTable.addRow("school-year-leaver-" + leaver.accountId(),
                    leaver.holderName() == null ? getTranslation("backoffice.schoolyear.forgotten") : leaver.holderName(),
                    leaver.schoolName(), leaver.className(), DanishFormat.money(leaver.balance()),
                    Integer.toString(leaver.siblings()));
        }
        boolean any = !found.isEmpty();
        leaversTable.setVisible(any);
        closesOn.setVisible(any);
        balanceTo.setVisible(any);
        close.setVisible(any);
        if (any && closesOn.isEmpty()) {
            closesOn.setValue(LocalDate.now(DANISH_TIME));
        }
    }

    private void closeLeavers() {
        if (importId == null || leavers.isEmpty() || closesOn.getValue() == null) {
            closesOn.setInvalid(closesOn.getValue() == null);
            return;
        }
        SchoolYearDesk.Closed closed = desk.close(importId, leavers, closesOn.getValue(), balanceTo.getValue());
        boolean later = closesOn.getValue().isAfter(LocalDate.now(DANISH_TIME));
        String text = getTranslation(later ? "backoffice.schoolyear.scheduled" : "backoffice.schoolyear.closed",
                closed.closed(), closesOn.getValue().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        if (closed.refused() > 0) {
            text += " " + getTranslation("backoffice.schoolyear.close-refused", closed.refused(),
                    getTranslation("backoffice.schoolyear.close-refusal." + closed.firstRefusal().orElse("OTHER")));
        }
        say(text, closed.refused() == 0);
        close.setEnabled(closed.refused() > 0);
    }

    /** Reads the uploaded file into the text field, then makes the dry run. */
    private final class FileUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(com.vaadin.flow.server.streams.UploadEvent event) throws java.io.IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            }
            String text = bytes.length > MAX_UPLOAD_BYTES ? "" : new String(bytes, StandardCharsets.UTF_8);
            UI ui = event.getUI();
            ui.access(() -> {
                pasted.setValue(text);
                dryRun(text);
            });
        }
    }
}
