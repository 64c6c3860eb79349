package dk.kantinekort.ui.citizen.statement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.kantinekort.ui.citizen.proof.VerifyStatementView;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.Component;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.citizen.dispute.DisputeRowExtra;
import dk.kantinekort.ui.citizen.dispute.Disputes;
import dk.kantinekort.ui.citizen.spending.SpendingPanel;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.shell.format.DanishDates;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * Kontoudskrift (F9): choose one of the card accounts the citizen may act on and a period of whole days, and
 * see the Kontoudtog with purchase lines and declined attempts, or download it as PDF or CSV. "Aktiviteter" on
 * Mine Konti opens it as {@code kontoudskrift?konto=<accountId>}; an id the citizen may not act on is ignored
 * with a notice that says nothing about whose it is, or whether it exists.
 */
@Route(value = Routes.STATEMENT, layout = MainLayout.class)
@PermitAll
public class StatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACCOUNT_PARAMETER = "konto";

    private final AccountSelection accounts;
    private final StatementQueries statements;
    private final Branding branding;
    private final Clock clock;
    /** Indsigelse's buttons beneath the rows; null where no one offers them (tests). */
    private Disputes disputes;
    /** Forbrug beneath the statement; off where the municipality switched it off (and in tests). */
    private boolean spendingCharts;

    private final ComboBox<AccountSummary> account = new ComboBox<>();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final Button show = new Button();
    private final Paragraph notice = new Paragraph();
    private final Div result = new Div();
    private final FlexLayout form;
    private final Binder<PeriodForm> binder = new Binder<>();
    /** Statement proofs (issue 17); absent in tests that build the view by hand. */
    private StatementProofs proofs;

    @Autowired
    StatementView(AccountSelection accounts, StatementQueries statements, Branding branding,
                  ObjectProvider<Clock> clock, Disputes disputes, SchemeParts parts) {
        this(accounts, statements, branding, clock.getIfAvailable(() -> Clock.system(StatementPeriod.ZONE)));
        this.disputes = disputes;
        this.spendingCharts = parts.isOn(SchemePart.SPENDING_CHARTS);
    }

    StatementView(AccountSelection accounts, StatementQueries statements, Branding branding, Clock clock) {
        this.accounts = accounts;
        this.statements = statements;
        this.branding = branding;
        this.clock = clock;

        notice.setId("statement-notice");
        notice.getElement().setAttribute("role", "status");
        notice.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-primary-color)")
                .set("background", "var(--lumo-primary-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        notice.setVisible(false);
        result.setId("statement-result");
        result.setWidthFull();
        form = form();
        add(new H2(getTranslation("statement.title")), notice, form, result);
    }

    @Autowired(required = false)
    void proofs(StatementProofs proofs) {
        this.proofs = proofs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getLocation().getQueryParameters().getSingleParameter(ACCOUNT_PARAMETER));
    }

    /** Fills the form (the requested account when the citizen may act on it) and shows the default report. */
    void open(Optional<String> requestedAccountId) {
        hideNotice();
        result.removeAll();
        try {
            // one place resolves ?konto= for every page, and makes it the header's "Vælg konto" too
            Optional<AccountSelection.Choice> choice = accounts.choose(requestedAccountId);
            form.setVisible(choice.isPresent());
            if (choice.isEmpty()) {
                showNotice("statement.no-accounts");
                return;
            }
            if (choice.get().requestIgnored()) {
                showNotice("statement.account-not-available");
            }
            account.setItems(choice.get().accessible());
            account.setValue(choice.get().chosen());
        } catch (IllegalStateException e) {
            form.setVisible(false);
            showNotice("statement.unavailable"); // the accounts could not be read
            return;
        }
        StatementPeriod period = StatementPeriod.lastDaysUpTo(LocalDate.ofInstant(clock.instant(), StatementPeriod.ZONE));
        startDate.setValue(period.start());
        endDate.setValue(period.end());
        showReport();
    }

    /** "Vis rapport": checks the fields, checks again that the citizen may see the account now, then shows it. */
    void showReport() {
        result.removeAll(); // never leave a report under dates it was not made for
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Optional<AccountSummary> allowed = accounts.accessible(account.getValue().accountId());
            if (allowed.isEmpty()) {
                // the link was withdrawn since the page opened: refresh the list, say nothing about the account
                showNotice("statement.account-not-available");
                account.setItems(accounts.accessibleAccounts());
                return;
            }
            StatementPeriod period = new StatementPeriod(startDate.getValue(), endDate.getValue());
            statements.find(period.query(allowed.get().accountId())).ifPresentOrElse(
                    statement -> show(new StatementReportBuilder(this::getTranslation, this::accountName)
                            .build(statement, allowed.get(), period), footer(allowed.get().accountId(), period),
                            DisputeRowExtra.forRow(disputes, allowed.get().accountId(), statement.rows()),
                            statement.rows()),
                    () -> showNotice("statement.unavailable"));
        } catch (IllegalStateException e) {
            showNotice("statement.unavailable"); // the accounts could not be read
        }
    }

    /** Another account the citizen may see (a transfer's other side), by its name and holder; else nothing. */
    private Optional<String> accountName(String accountId) {
        return account.getListDataView().getItems().filter(a -> a.accountId().equals(accountId)).findFirst()
                .map(a -> StatementReportBuilder.accountName(a, this::getTranslation));
    }

    private void show(StatementReport report, ChainFooter footer, Function<String, Optional<Component>> rowExtra,
                      List<StatementRow> rows) {
        ReportPanel panel = new ReportPanel(report, rowExtra);
        result.add(panel, downloads(report, footer));
        if (spendingCharts) {
            result.add(new SpendingPanel(rows)); // Forbrug: its own component beneath the statement
        }
        panel.focusHeading();
    }

    /** The hash chain's footer of the downloads; null when statement proofs are off or the chain has no entry yet. */
    private ChainFooter footer(String accountId, StatementPeriod period) {
        return proofs == null ? null
                : proofs.footer(accountId, period.query(accountId).to(), this::getTranslation).orElse(null);
    }

    private FlexLayout form() {
        account.setId("statement-account-field");
        account.setLabel(getTranslation("statement.field.account"));
        account.setItemLabelGenerator(a -> StatementReportBuilder.accountName(a, this::getTranslation));
        account.setRequiredIndicatorVisible(true);
        account.setWidth("20rem"); // room for "Betalingskort – Christian Harms"

        DatePicker.DatePickerI18n i18n = DanishDates.i18n(getLocale(), getTranslation("statement.date.today"),
                getTranslation("statement.date.cancel"), getTranslation("statement.date.bad-input"))
                .setMinErrorMessage(getTranslation("statement.end.before-start"));
        for (DatePicker picker : List.of(startDate, endDate)) {
            picker.setI18n(i18n);
            picker.setHelperText(getTranslation("statement.date.format"));
            picker.setRequiredIndicatorVisible(true);
        }
        startDate.setId("statement-start");
        startDate.setLabel(getTranslation("statement.field.start"));
        endDate.setId("statement-end");
        endDate.setLabel(getTranslation("statement.field.end"));

        binder.forField(account).asRequired(getTranslation("statement.account.required"))
                .bind(PeriodForm::account, PeriodForm::account);
        binder.forField(startDate).asRequired(getTranslation("statement.date.required"))
                .bind(PeriodForm::start, PeriodForm::start);
        Binder.Binding<PeriodForm, LocalDate> end = binder.forField(endDate)
                .asRequired(getTranslation("statement.date.required"))
                .withValidator(date -> startDate.getValue() == null || !date.isBefore(startDate.getValue()),
                        getTranslation("statement.end.before-start"))
                .withValidator(date -> startDate.getValue() == null
                                || !StatementPeriod.tooLong(startDate.getValue(), date),
                        getTranslation("statement.period.too-long"))
                .bind(PeriodForm::end, PeriodForm::end);
        binder.setBean(new PeriodForm());
        startDate.addValueChangeListener(change -> {
            endDate.setMin(change.getValue()); // the calendar greys out the days before the start
            if (!endDate.isEmpty()) {
                end.validate();
            }
        });

        show.setId("statement-show");
        show.setText(getTranslation("statement.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(click -> {
            hideNotice();
            showReport();
        });

        FlexLayout fields = new FlexLayout(account, startDate, endDate, show);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        return fields;
    }

    private HorizontalLayout downloads(StatementReport report, ChainFooter footer) {
        Anchor pdf = download("statement-download-pdf", "statement.download.pdf", "pdf", StatementPdf.CONTENT_TYPE,
                r -> StatementPdf.bytes(r, footer), report);
        Anchor csv = download("statement-download-csv", "statement.download.csv", "csv", StatementCsv.CONTENT_TYPE,
                r -> StatementCsv.bytes(r, footer), report);
        HorizontalLayout links = new HorizontalLayout(pdf, csv);
        links.setId("statement-downloads");
        if (footer != null) {
            Span code = new Span(getTranslation("statement.proof.code") + ": " + footer.code());
            code.setId("statement-proof-code");
            links.add(code, new RouterLink(getTranslation("verify.link"), VerifyStatementView.class));
        }
        return links;
    }

    private Anchor download(String id, String textKey, String extension, String contentType,
                            Function<StatementReport, byte[]> writer, StatementReport report) {
        String fileName = "kontoudtog-" + report.start() + "-" + report.end() + "." + extension;
        // the report was built after the access check; the link is bound to this session's element
        DownloadHandler handler = event -> {
            byte[] bytes = writer.apply(report);
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(textKey));
        anchor.setId(id);
        return anchor;
    }

    private void showNotice(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    private void hideNotice() {
        notice.setText("");
        notice.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title") + " – " + branding.name();
    }

    /** What the form holds; the binder checks it field by field. */
    static final class PeriodForm {
        private AccountSummary account;
        private LocalDate start;
        private LocalDate end;

        AccountSummary account() {
            return account;
        }

        void account(AccountSummary value) {
            account = value;
        }

        LocalDate start() {
            return start;
        }

        void start(LocalDate value) {
            start = value;
        }

        LocalDate end() {
            return end;
        }

        void end(LocalDate value) {
            end = value;
        }
    }
}
