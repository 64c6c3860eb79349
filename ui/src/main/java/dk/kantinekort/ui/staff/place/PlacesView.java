package dk.kantinekort.ui.staff.place;

import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.till.PlaceView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import dk.kantinekort.ui.shell.Routes;

/**
 * Steder og kasser: register and rename places, give a till a credential (shown once, in a dialog) and revoke one
 * (the till is turned away at its very next request).
 */
@Route(value = Routes.BACKOFFICE_PLACES, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class PlacesView extends StaffPage implements BeforeEnterObserver {

    private final PlaceDesk desk;
    private final TextField newName = new TextField();
    private final Select<UnitKind> newUnit = new Select<>();
    private final PlainTable places;
    private final PlainTable tills;
    private final Paragraph empty = new Paragraph();

    PlacesView(StaffQueries queries, StaffCommands commands) {
        super("places", "backoffice.menu.steder");
        this.desk = new PlaceDesk(queries, commands);
        newName.setId("places-new-name");
        newName.setLabel(getTranslation("backoffice.places.name"));
        newName.setMaxLength(PlaceDesk.MAX_NAME);
        newName.setRequired(true);
        newUnit.setId("places-new-unit");
        newUnit.setLabel(getTranslation("backoffice.places.unit"));
        newUnit.setItems(UnitKind.values());
        newUnit.setItemLabelGenerator(this::unitLabel);
        newUnit.setRequiredIndicatorVisible(true);
        Button register = new Button(getTranslation("backoffice.places.register"), click -> register());
        register.setId("places-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(newName, newUnit, register);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        places = new PlainTable("places-table", getTranslation("backoffice.places.column.place"),
                getTranslation("backoffice.places.unit"), getTranslation("backoffice.places.column.active-tills"),
                getTranslation("backoffice.column.actions"));
        tills = new PlainTable("tills-table", getTranslation("backoffice.places.column.place"),
                getTranslation("backoffice.places.column.till"), getTranslation("backoffice.support.column.status"),
                getTranslation("backoffice.places.column.issued"), getTranslation("backoffice.column.actions"));
        empty.setId("places-empty");
        empty.setText(getTranslation("backoffice.places.none"));
        add(new H3(getTranslation("backoffice.places.new")), form,
                new H3(getTranslation("backoffice.places.list")), places, empty,
                new H3(getTranslation("backoffice.places.tills")), tills);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        places.clearRows();
        tills.clearRows();
        List<PlaceView> rows;
        try {
            rows = desk.places();
        } catch (IllegalStateException e) {
            showUnavailable();
            rows = List.of();
        }
        for (PlaceView place : rows) {
            Button rename = new Button(getTranslation("backoffice.places.rename"), click -> askNewName(place));
            rename.setId("place-rename-" + place.placeId());
            rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button issue = new Button(getTranslation("backoffice.places.issue"), click -> issue(place));
            issue.setId("place-issue-" + place.placeId());
            issue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            long active = place.tills().stream().filter(t -> t.state() == PlaceView.State.ACTIVE).count();
            places.addRow("place-" + place.placeId(), place.name(), unitLabel(place.unitKind()),
                    Long.toString(active), new HorizontalLayout(rename, issue));
            for (PlaceView.Till till : place.tills()) {
                Object action = "";
                if (till.state() == PlaceView.State.ACTIVE) {
                    Button revoke = new Button(getTranslation("backoffice.places.revoke"),
                            click -> confirmRevoke(place, till));
                    revoke.setId("till-revoke-" + till.tillId());
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    action = revoke;
                }
                tills.addRow("till-" + till.tillId(), place.name(), till.tillId(),
                        getTranslation("backoffice.places.state." + till.state().name()),
                        StaffDates.dateTime(till.issuedAt()), action);
            }
        }
        places.setVisible(!places.isEmpty());
        empty.setVisible(places.isEmpty());
        tills.setVisible(!tills.isEmpty());
    }

    private void register() {
        Outcome outcome = desk.register(newName.getValue(), newUnit.getValue());
        done(outcome);
        if (outcome.done()) {
            newName.clear();
            newUnit.clear();
        }
    }

    private void done(Outcome outcome) {
        if (outcome.done()) {
            // the ledger has it; the lists follow as soon as the read side has seen the event
            refresh();
        }
        show(outcome);
    }

    private void askNewName(PlaceView place) {
        Dialog dialog = new Dialog();
        dialog.setId("place-rename-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.places.rename-title", place.name()));
        TextField name = new TextField(getTranslation("backoffice.places.name"));
        name.setId("place-rename-name");
        name.setValue(place.name());
        name.setRequired(true);
        name.setMaxLength(PlaceDesk.MAX_NAME);
        name.setWidthFull();
        Button save = new Button(getTranslation("backoffice.places.rename-save"), click -> {
            Outcome outcome = desk.rename(place, name.getValue());
            if (!outcome.done() && "backoffice.places.name-required".equals(outcome.messageKey())) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(outcome.messageKey()));
                return;
            }
            dialog.close();
            done(outcome);
        });
        save.setId("place-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    private void issue(PlaceView place) {
        PlaceDesk.Issued issued = desk.issue(place);
        done(issued.outcome());
        if (issued.token() == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("till-token-dialog");
        dialog.setCloseOnOutsideClick(false);
        dialog.setHeaderTitle(getTranslation("backoffice.places.token-title", place.name()));
        Paragraph once = new Paragraph(getTranslation("backoffice.places.token-once"));
        once.setId("till-token-once");
        TextField tillId = new TextField(getTranslation("backoffice.places.column.till"));
        tillId.setId("till-token-till");
        tillId.setValue(issued.tillId());
        tillId.setReadOnly(true);
        TextField token = new TextField(getTranslation("backoffice.places.token"));
        token.setId("till-token-value");
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        Paragraph use = new Paragraph(getTranslation("backoffice.places.token-use"));
        Button close = new Button(getTranslation("backoffice.places.token-close"), click -> dialog.close());
        close.setId("till-token-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(once, tillId, token, use);
        dialog.getFooter().add(close);
        // once closed, the dialog and the token with it are gone from the page
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                token.clear();
            }
        });
        dialog.open();
    }

    private void confirmRevoke(PlaceView place, PlaceView.Till till) {
        Dialog dialog = new Dialog();
        dialog.setId("till-revoke-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.places.revoke-title", till.tillId(), place.name()));
        dialog.add(new Paragraph(getTranslation("backoffice.places.revoke-text")));
        Button confirm = new Button(getTranslation("backoffice.places.revoke"), click -> {
            dialog.close();
            done(desk.revoke(place, till));
        });
        confirm.setId("till-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private String unitLabel(UnitKind kind) {
        return kind == null ? "" : getTranslation("profile.unit." + kind.name());
    }
}
