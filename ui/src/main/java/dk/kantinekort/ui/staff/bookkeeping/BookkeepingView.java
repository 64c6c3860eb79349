package dk.kantinekort.ui.staff.bookkeeping;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Figure;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Period;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Økonomi: the books of a month for the finance office, folded from the events (issue 20). The month's lines in
 * total and per place with the chart of accounts' numbers, its reconciliation (opening + in − out = closing, against
 * the sum of the balances), the month day by day, the CSV for the finance system, and "Luk måned".
 */
@Route(value = Routes.BACKOFFICE_BOOKKEEPING, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class BookkeepingView extends StaffPage implements BeforeEnterObserver {

    static final int MONTHS_SHOWN = 24;
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final BookkeepingDesk desk;
    private final SchemeParts parts;
    private final Select<YearMonth> month = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Paragraph reconciliation = new Paragraph();
    private final Paragraph late = new Paragraph();
    private final Div content = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Button close = new Button();

    BookkeepingView(StaffQueries queries, StaffCommands commands, SchemeParts parts, ObjectProvider<Clock> clock) {
        super("bookkeeping", "backoffice.menu.oekonomi");
        this.desk = new BookkeepingDesk(queries, commands);
        this.parts = parts;
        add(new Paragraph(getTranslation("backoffice.bookkeeping.intro")));

        YearMonth now = YearMonth.now(clock.getIfAvailable(Clock::systemUTC).withZone(ZoneId.of("Europe/Copenhagen")));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_SHOWN; i++) {
            months.add(now.minusMonths(i));
        }
        month.setId("bookkeeping-month");
        month.setLabel(getTranslation("backoffice.bookkeeping.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> m.getMonth().getDisplayName(TextStyle.FULL, DANISH) + " " + m.getYear());
        month.setValue(now);
        month.addValueChangeListener(event -> refresh());

        close.setText(getTranslation("backoffice.bookkeeping.close"));
        close.setId("bookkeeping-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(click -> confirmClose());
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(month, actions);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        status.setId("bookkeeping-status");
        reconciliation.setId("bookkeeping-reconciliation");
        reconciliation.getElement().setAttribute("role", "status");
        late.setId("bookkeeping-late");
        content.setId("bookkeeping-content");
        content.setWidthFull();
        add(top, status, reconciliation, late, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!parts.isOn(SchemePart.BOOKKEEPING)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        content.removeAll();
        actions.removeAll();
        YearMonth shown = month.getValue();
        BookkeepingReport monthReport;
        BookkeepingReport days;
        try {
            monthReport = desk.month(shown);
            days = desk.days(shown);
        } catch (IllegalStateException e) {
            status.setText("");
            reconciliation.setText("");
            late.setVisible(false);
            showUnavailable();
            return;
        }
        Period period = monthReport.periods().get(0);
        status.setText(getTranslation(period.closed() ? "backoffice.bookkeeping.is-closed"
                : "backoffice.bookkeeping.is-open"));
        reconciliation.setText(reconciliationText(period));
        reconciliation.getElement().setAttribute("data-reconciled", Boolean.toString(period.reconciled()));
        reconciliation.getStyle().set("color", period.reconciled() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        late.setText(getTranslation("backoffice.bookkeeping.late-events", period.lateEvents()));
        late.setVisible(period.lateEvents() > 0);

        actions.add(download(days, shown));
        if (!period.closed()) {
            actions.add(close);
        }

        content.add(new H3(getTranslation("backoffice.bookkeeping.total")), figures("bookkeeping-total", period.total()));
        int index = 0;
        for (BookkeepingReport.PlaceFigures place : period.places()) {
            content.add(new H3(place.placeName()), figures("bookkeeping-place-" + index++, place.figures()));
        }
        content.add(new H3(getTranslation("backoffice.bookkeeping.days")), days(days));
    }

    private String reconciliationText(Period period) {
        String opening = money(period.openingLiability());
        String in = money(period.moneyIn());
        String out = money(period.moneyOut());
        String closing = money(period.closingLiability());
        String balances = money(period.closingByBalances());
        return period.reconciled()
                ? getTranslation("backoffice.bookkeeping.reconciled-text", opening, in, out, closing, balances)
                : getTranslation("backoffice.bookkeeping.difference-text", opening, in, out, closing, balances,
                        money(period.difference()));
    }

    private Grid<Figure> figures(String id, List<Figure> figures) {
        Grid<Figure> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(Figure::account).setHeader(getTranslation("backoffice.bookkeeping.csv.account"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> getTranslation("backoffice.bookkeeping.line." + f.line().name()))
                .setHeader(getTranslation("backoffice.bookkeeping.csv.line")).setFlexGrow(1);
        grid.addColumn(f -> money(f.amount())).setHeader(getTranslation("backoffice.bookkeeping.csv.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.late() == 0 ? "" : money(f.late()))
                .setHeader(getTranslation("backoffice.bookkeeping.csv.late")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Period> days(BookkeepingReport days) {
        Grid<Period> grid = new Grid<>();
        grid.setId("bookkeeping-days");
        grid.addColumn(p -> DAY.format(p.start())).setHeader(getTranslation("backoffice.bookkeeping.day"));
        grid.addColumn(p -> money(p.openingLiability())).setHeader(getTranslation("backoffice.bookkeeping.opening"));
        grid.addColumn(p -> money(p.moneyIn())).setHeader(getTranslation("backoffice.bookkeeping.in"));
        grid.addColumn(p -> money(p.moneyOut())).setHeader(getTranslation("backoffice.bookkeeping.out"));
        grid.addColumn(p -> money(p.closingLiability())).setHeader(getTranslation("backoffice.bookkeeping.closing"));
        grid.addColumn(p -> p.reconciled() ? getTranslation("backoffice.bookkeeping.reconciled")
                : getTranslation("backoffice.bookkeeping.not-reconciled") + " " + money(p.difference()))
                .setHeader(getTranslation("backoffice.bookkeeping.reconciliation"));
        grid.addColumn(p -> p.lateEvents() == 0 ? "" : Integer.toString(p.lateEvents()))
                .setHeader(getTranslation("backoffice.bookkeeping.csv.late"));
        grid.setItems(days.periods());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Anchor download(BookkeepingReport days, YearMonth shown) {
        String fileName = "oekonomi-" + shown + ".csv";
        DownloadHandler handler = (DownloadEvent event) -> {
            byte[] bytes = BookkeepingCsv.bytes(days, this::getTranslation);
            event.setFileName(fileName);
            event.setContentType(BookkeepingCsv.CONTENT_TYPE);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("backoffice.bookkeeping.download"));
        anchor.setId("bookkeeping-download-csv");
        return anchor;
    }

    private void confirmClose() {
        YearMonth shown = month.getValue();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bookkeeping-close-confirm");
        dialog.setHeader(getTranslation("backoffice.bookkeeping.close-title", month.getItemLabelGenerator().apply(shown)));
        dialog.setText(getTranslation("backoffice.bookkeeping.close-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("backoffice.cancel"));
        dialog.setConfirmText(getTranslation("backoffice.bookkeeping.close"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            Outcome outcome = desk.close(shown);
            refresh();
            show(outcome);
        });
        dialog.open();
    }

    private static String money(long ore) {
        return DanishFormat.money(Money.ofOre(ore));
    }
}
