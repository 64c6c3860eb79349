package dk.kantinekort.ui.staff.catalogue;

import dk.kantinekort.ui.staff.session.Outcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.PlaceView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** "Nyt abonnement": navn, beskrivelse, pris pr. periode in kroner, uge or måned, and the places that offer it. */
class PlanDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField price;
    private final Select<SubscriptionPeriod> period = new Select<>();
    private final CheckboxGroup<PlaceView> placeChoice = new CheckboxGroup<>();

    PlanDialog(PlaceView place, List<PlaceView> places, Consumer<Outcome> done, CatalogueDesk desk) {
        setId("plan-dialog");
        setHeaderTitle(getTranslation("backoffice.catalogue.new-plan"));
        setWidth("min(40rem, 95vw)");
        name.setId("plan-name");
        name.setLabel(getTranslation("backoffice.catalogue.column.name"));
        name.setMaxLength(CatalogueDesk.MAX_TEXT);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.setWidthFull();
        description.setId("plan-description");
        description.setLabel(getTranslation("backoffice.catalogue.description"));
        description.setMaxLength(CatalogueDesk.MAX_DESCRIPTION);
        description.setWidthFull();
        price = CatalogueView.priceField("plan-price", getTranslation("backoffice.catalogue.price-per-period"));
        period.setId("plan-period");
        period.setLabel(getTranslation("backoffice.catalogue.column.period"));
        period.setItems(SubscriptionPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("backoffice.catalogue.period." + p.name()));
        period.setValue(SubscriptionPeriod.WEEK);
        period.setRequiredIndicatorVisible(true);
        placeChoice.setId("plan-places");
        placeChoice.setLabel(getTranslation("backoffice.catalogue.column.places"));
        placeChoice.setItems(places);
        placeChoice.setItemLabelGenerator(PlaceView::name);
        placeChoice.setValue(Set.of(place));
        placeChoice.setRequiredIndicatorVisible(true);
        placeChoice.setManualValidation(true);

        VerticalLayout form = new VerticalLayout(name, description, price, period, placeChoice);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation("backoffice.catalogue.offer"), click -> {
            Optional<String> nameValue = CatalogueView.checkedText(name, CatalogueDesk.MAX_TEXT);
            Optional<Money> priceValue = CatalogueView.checkedPrice(price);
            boolean placesOk = !placeChoice.getValue().isEmpty();
            placeChoice.setInvalid(!placesOk);
            placeChoice.setErrorMessage(placesOk ? null : getTranslation("backoffice.catalogue.places-required"));
            if (nameValue.isEmpty() || priceValue.isEmpty() || !placesOk || period.getValue() == null) {
                return;
            }
            close();
            List<String> placeIds = places.stream().filter(placeChoice.getValue()::contains)
                    .map(PlaceView::placeId).toList();
            done.accept(desk.offerPlan(nameValue.get(), description.getValue(), priceValue.get(), period.getValue(),
                    placeIds));
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
