package dk.kantinekort.ui.staff.settlement;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.settlement.SettlementMatch;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReconciliation.Row;
import dk.kantinekort.api.settlement.SettlementReportSummary;
import dk.kantinekort.api.settlement.SettlementResolution;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.format.UploadTexts;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Afregning: staff import the payment provider's settlement report and see every line matched against the ledger's
 * deposits, top-ups and card charges (issue 20). What does not match stays on the page for staff; nothing is booked.
 * The fees the provider withheld are shown apart from the fees the citizens paid.
 */
@Route(value = Routes.BACKOFFICE_SETTLEMENT, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class SettlementView extends StaffPage implements BeforeEnterObserver {

    static final int MAX_UPLOAD_BYTES = 5_000_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SettlementDesk desk;
    private final SchemeParts parts;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Upload upload = new Upload();
    private final Grid<SettlementReportSummary> reports = new Grid<>();
    private final Div details = new Div();
    private final Checkbox onlyUnmatched = new Checkbox();
    private String shownReportId;

    SettlementView(StaffQueries queries, StaffCommands commands, SchemeParts parts) {
        super("settlement", "backoffice.menu.afregning");
        this.desk = new SettlementDesk(queries, commands);
        this.parts = parts;
        add(new Paragraph(getTranslation("backoffice.settlement.intro")));

        from.setId("settlement-from");
        from.setLabel(getTranslation("backoffice.settlement.from"));
        to.setId("settlement-to");
        to.setLabel(getTranslation("backoffice.settlement.to"));
        upload.setId("settlement-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setUploadHandler(new ReportUpload());
        upload.setI18n(UploadTexts.of(key -> getTranslation(key), "backoffice.settlement.upload"));
        upload.addFileRejectedListener(rejected -> say(rejected.getErrorMessage(), false));
        HorizontalLayout importRow = new HorizontalLayout(from, to, upload);
        importRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        importRow.setWrap(true);
        add(new H3(getTranslation("backoffice.settlement.import")), importRow);

        reports.setId("settlement-reports");
        reports.addColumn(r -> StaffDates.dateTime(r.importedAt())).setHeader(getTranslation("backoffice.settlement.imported-at"));
        reports.addColumn(SettlementReportSummary::fileName).setHeader(getTranslation("backoffice.settlement.file"));
        reports.addColumn(r -> DAY.format(r.from()) + " – " + DAY.format(r.to()))
                .setHeader(getTranslation("backoffice.settlement.period"));
        reports.addColumn(SettlementReportSummary::lines).setHeader(getTranslation("backoffice.settlement.lines"));
        reports.addColumn(SettlementReportSummary::unmatched)
                .setHeader(getTranslation("backoffice.settlement.unmatched"));
        reports.setAllRowsVisible(true);
        reports.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(event.getValue().reportId());
            }
        });
        onlyUnmatched.setId("settlement-only-unmatched");
        onlyUnmatched.setLabel(getTranslation("backoffice.settlement.only-unmatched"));
        onlyUnmatched.setValue(true);
        onlyUnmatched.addValueChangeListener(event -> {
            if (shownReportId != null) {
                show(shownReportId);
            }
        });
        details.setId("settlement-details");
        details.setWidthFull();
        add(new H3(getTranslation("backoffice.settlement.reports")), reports, onlyUnmatched, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!parts.isOn(SchemePart.SETTLEMENT)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refreshReports();
    }

    private void refreshReports() {
        try {
            List<SettlementReportSummary> all = desk.reports();
            reports.setItems(all);
            if (shownReportId == null && !all.isEmpty()) {
                show(all.get(0).reportId());
            }
        } catch (IllegalStateException e) {
            showUnavailable();
        }
    }

    private void show(String reportId) {
        shownReportId = reportId;
        details.removeAll();
        Optional<SettlementReconciliation> found;
        try {
            found = desk.reconciliation(reportId);
        } catch (IllegalStateException e) {
            showUnavailable();
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        SettlementReconciliation reconciliation = found.get();
        Paragraph totals = new Paragraph(getTranslation("backoffice.settlement.totals", money(reconciliation.gross()),
                money(reconciliation.providerFees()), money(reconciliation.net()), money(reconciliation.citizenFees())));
        totals.setId("settlement-totals");
        Paragraph summary = new Paragraph(getTranslation("backoffice.settlement.summary",
                reconciliation.fileName(), reconciliation.matched(), reconciliation.unmatched()));
        summary.setId("settlement-summary");
        Grid<Row> rows = new Grid<>();
        rows.setId("settlement-rows");
        rows.addColumn(r -> getTranslation("backoffice.settlement.match." + r.match().name()))
                .setHeader(getTranslation("backoffice.settlement.status")).setAutoWidth(true);
        rows.addColumn(r -> r.lineNumber() == null ? "" : r.lineNumber().toString())
                .setHeader(getTranslation("backoffice.settlement.line")).setAutoWidth(true);
        rows.addColumn(r -> r.transactionDate() == null ? "" : DAY.format(r.transactionDate()))
                .setHeader(getTranslation("backoffice.settlement.date")).setAutoWidth(true);
        rows.addColumn(Row::paymentId).setHeader(getTranslation("backoffice.settlement.payment"));
        rows.addColumn(r -> r.type() == null ? "" : getTranslation("backoffice.settlement.type." + r.type()))
                .setHeader(getTranslation("backoffice.settlement.type")).setAutoWidth(true);
        rows.addColumn(r -> money(r.providerGross())).setHeader(getTranslation("backoffice.settlement.provider-amount"));
        rows.addColumn(r -> money(r.providerFee())).setHeader(getTranslation("backoffice.settlement.provider-fee"));
        rows.addColumn(r -> r.ledgerKind() == null ? "" : getTranslation("backoffice.settlement.kind." + r.ledgerKind()))
                .setHeader(getTranslation("backoffice.settlement.ledger"));
        rows.addColumn(r -> money(r.ledgerAmount())).setHeader(getTranslation("backoffice.settlement.ledger-amount"));
        rows.addColumn(r -> money(r.citizenFee())).setHeader(getTranslation("backoffice.settlement.citizen-fee"));
        rows.addComponentColumn(r -> resolution(reconciliation.reportId(), r))
                .setHeader(getTranslation("backoffice.settlement.resolution")).setAutoWidth(true).setKey("resolution");
        rows.setItems(reconciliation.rows().stream().filter(r -> !onlyUnmatched.getValue() || r.open()).toList());
        rows.setAllRowsVisible(true);
        details.add(new H3(getTranslation("backoffice.settlement.report", reconciliation.fileName())), summary,
                totals, rows);
    }

    /** How a row was settled, or for an open row the choice of how to settle it. */
    private com.vaadin.flow.component.Component resolution(String reportId, Row row) {
        if (row.match() == SettlementMatch.MATCHED) {
            return new com.vaadin.flow.component.html.Span();
        }
        if (row.resolution() != null) {
            return new com.vaadin.flow.component.html.Span(
                    getTranslation("backoffice.settlement.resolution." + row.resolution().name()));
        }
        Select<SettlementResolution> choice = new Select<>();
        choice.setId("settlement-resolve-" + (row.lineNumber() != null ? "line-" + row.lineNumber()
                : "payment-" + row.paymentId()));
        choice.setPlaceholder(getTranslation("backoffice.settlement.resolve"));
        choice.setAriaLabel(getTranslation("backoffice.settlement.resolve"));
        choice.setItems(SettlementResolution.values());
        choice.setItemLabelGenerator(r -> getTranslation("backoffice.settlement.resolution." + r.name()));
        choice.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                boolean done = desk.resolve(reportId, row, event.getValue());
                say(getTranslation(done ? "backoffice.settlement.resolved" : "backoffice.refused.other"), done);
                refreshReports();
                show(reportId);
            }
        });
        return choice;
    }

    private void imported(SettlementDesk.Result result) {
        if (result.done()) {
            say(getTranslation("backoffice.settlement.imported", result.lines()), true);
            shownReportId = result.reportId();
            refreshReports();
            show(result.reportId());
        } else {
            say(getTranslation(result.refusalKey(), result.detail()), false);
        }
        upload.clearFileList();
    }

    private static String money(Long ore) {
        return ore == null ? "" : DanishFormat.money(Money.ofOre(ore));
    }

    /** Reads at most the allowed size, then imports and shows the outcome. */
    private final class ReportUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            }
            UI ui = event.getUI();
            String fileName = event.getFileName();
            // under the session's lock: the command is sent in the staff member's name, as every back-office action
            ui.access(() -> imported(bytes.length > MAX_UPLOAD_BYTES
                    ? new SettlementDesk.Result(null, 0, "backoffice.settlement.refused.INVALID_REQUEST", "too large")
                    : desk.importReport(fileName, bytes, from.getValue(), to.getValue())));
        }
    }
}
