package dk.kantinekort.ui.staff.lookup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.lookup.ListStaffLookups;
import dk.kantinekort.api.lookup.StaffLookupPage;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.DanishDates;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Opslag (issue 15, role AUDITOR): which staff member looked up which people and accounts, when, through which
 * channel and by what kind of key, for a period of days in Danish time, newest first, a page at a time.
 */
@Route(value = Routes.BACKOFFICE_LOOKUPS, layout = BackofficeLayout.class)
@RolesAllowed("AUDITOR")
public class LookupsView extends StaffPage {

    static final int PAGE_SIZE = 50;

    private final StaffQueries queries;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final PlainTable table;
    private final Paragraph summary = new Paragraph();
    private final Button previous;
    private final Button next;
    private int page;

    LookupsView(StaffQueries queries, ObjectProvider<Clock> clock) {
        super("lookups", "backoffice.menu.opslag");
        this.queries = queries;
        LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemUTC).withZone(StaffDates.ZONE));
        Paragraph intro = new Paragraph(getTranslation("backoffice.lookups.intro"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setI18n(DanishDates.i18n(getLocale(), getTranslation("statement.date.today"),
                    getTranslation("statement.date.cancel"), getTranslation("statement.date.bad-input")));
        }
        from.setId("lookups-from");
        from.setLabel(getTranslation("backoffice.lookups.from"));
        from.setValue(today.minusDays(6));
        to.setId("lookups-to");
        to.setLabel(getTranslation("backoffice.lookups.to"));
        to.setValue(today);
        Button show = new Button(getTranslation("backoffice.lookups.show"), click -> show(0));
        show.setId("lookups-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(from, to, show);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        table = new PlainTable("lookups-table", getTranslation("backoffice.lookups.column.time"),
                getTranslation("backoffice.lookups.column.staff"), getTranslation("backoffice.lookups.column.channel"),
                getTranslation("backoffice.lookups.column.key"), getTranslation("backoffice.lookups.column.purpose"),
                getTranslation("backoffice.lookups.column.people"), getTranslation("backoffice.lookups.column.accounts"));
        table.setVisible(false);
        summary.setId("lookups-summary");
        previous = new Button(getTranslation("backoffice.lookups.previous"), click -> show(page - 1));
        previous.setId("lookups-previous");
        next = new Button(getTranslation("backoffice.lookups.next"), click -> show(page + 1));
        next.setId("lookups-next");
        previous.setVisible(false);
        next.setVisible(false);
        Div scrolls = new Div(table);
        scrolls.addClassName(LumoUtility.Overflow.AUTO);
        add(intro, form, summary, scrolls, new HorizontalLayout(previous, next));
        show(0);
    }

    /** Shows one page of the chosen days; the days are whole days in Danish time, both included. */
    void show(int pageNumber) {
        table.clearRows();
        table.setVisible(false);
        previous.setVisible(false);
        next.setVisible(false);
        summary.setText("");
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            from.setInvalid(from.getValue() == null || (to.getValue() != null && to.getValue().isBefore(from.getValue())));
            from.setErrorMessage(getTranslation("backoffice.lookups.period-invalid"));
            to.setInvalid(to.getValue() == null);
            to.setErrorMessage(getTranslation("backoffice.lookups.period-invalid"));
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        Optional<StaffLookupPage> answer;
        try {
            answer = queries.one(new ListStaffLookups(from.getValue().atStartOfDay(StaffDates.ZONE).toInstant(),
                    to.getValue().plusDays(1).atStartOfDay(StaffDates.ZONE).toInstant(), pageNumber, PAGE_SIZE),
                    StaffLookupPage.class);
        } catch (IllegalStateException e) {
            showUnavailable();
            return;
        }
        StaffLookupPage found = answer.orElse(new StaffLookupPage(java.util.List.of(), 0, pageNumber, PAGE_SIZE));
        page = pageNumber;
        if (found.total() == 0) {
            summary.setText(getTranslation("backoffice.lookups.none"));
            return;
        }
        long first = (long) page * PAGE_SIZE + 1;
        summary.setText(getTranslation("backoffice.lookups.summary", first,
                first + found.lookups().size() - 1, found.total()));
        for (StaffLookupPage.Entry entry : found.lookups()) {
            table.addRow("lookup-" + entry.lookupId(), StaffDates.dateTime(entry.at()), entry.staffActor(),
                    getTranslation("backoffice.lookups.channel." + entry.channel().name()),
                    getTranslation("backoffice.lookups.key." + entry.searchedBy().name()),
                    getTranslation("backoffice.lookups.purpose." + entry.purpose().name()),
                    ids(entry.citizenIds()), ids(entry.accountIds()));
        }
        table.setVisible(true);
        previous.setVisible(page > 0);
        next.setVisible(first + found.lookups().size() - 1 < found.total());
    }

    private String ids(java.util.List<String> ids) {
        return ids.isEmpty() ? getTranslation("backoffice.lookups.no-match") : String.join(", ", ids);
    }
}
