package dk.kantinekort.ui.staff.catalogue;

import dk.kantinekort.ui.staff.session.Outcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.ui.shell.format.DanishDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/** "Nyt produkt" at a place: varenummer, navn, pris pr. levering in kroner and the delivery dates, one by one. */
class ProductDialog extends Dialog {

    private final TextField sku = new TextField();
    private final TextField name = new TextField();
    private final TextField price;
    private final DatePicker date = new DatePicker();
    private final Select<ProductCategory> category = new Select<>();
    private final Div dates = new Div();
    private final TreeSet<LocalDate> chosen = new TreeSet<>();

    ProductDialog(PlaceView place, Consumer<Outcome> done, CatalogueDesk desk) {
        setId("product-dialog");
        setHeaderTitle(getTranslation("backoffice.catalogue.new-product-title", place.name()));
        setWidth("min(40rem, 95vw)");
        sku.setId("product-sku");
        sku.setLabel(getTranslation("backoffice.catalogue.column.sku"));
        sku.setMaxLength(CatalogueDesk.MAX_TEXT);
        sku.setRequiredIndicatorVisible(true);
        sku.setManualValidation(true);
        name.setId("product-name");
        name.setLabel(getTranslation("backoffice.catalogue.column.name"));
        name.setMaxLength(CatalogueDesk.MAX_TEXT);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.setWidthFull();
        price = CatalogueView.priceField("product-price", getTranslation("backoffice.catalogue.price-per-delivery"));

        category.setId("product-category");
        category.setLabel(getTranslation("backoffice.catalogue.category"));
        category.setHelperText(getTranslation("backoffice.catalogue.category-help"));
        category.setItems(ProductCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("backoffice.catalogue.no-category"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("backoffice.catalogue.no-category")
                : getTranslation("spending.category." + c.name()));

        date.setId("product-date");
        date.setLabel(getTranslation("backoffice.catalogue.delivery-date"));
        date.setI18n(DanishDates.i18n(getLocale(), getTranslation("statement.date.today"),
                getTranslation("statement.date.cancel"), getTranslation("statement.date.bad-input")));
        date.setManualValidation(true);
        Button add = new Button(getTranslation("backoffice.catalogue.add-date"), click -> addDate());
        add.setId("product-add-date");
        HorizontalLayout datePicking = new HorizontalLayout(date, add);
        datePicking.setAlignItems(FlexComponent.Alignment.BASELINE);
        dates.setId("product-dates");
        dates.getElement().setAttribute("aria-live", "polite");
        showDates();

        VerticalLayout form = new VerticalLayout(sku, name, price, category, datePicking, dates);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation("backoffice.catalogue.offer"), click -> {
            Optional<String> skuValue = CatalogueView.checkedText(sku, CatalogueDesk.MAX_TEXT);
            Optional<String> nameValue = CatalogueView.checkedText(name, CatalogueDesk.MAX_TEXT);
            Optional<Money> priceValue = CatalogueView.checkedPrice(price);
            boolean datesOk = !chosen.isEmpty();
            date.setInvalid(!datesOk);
            date.setErrorMessage(datesOk ? null : getTranslation("backoffice.catalogue.dates-required"));
            if (skuValue.isEmpty() || nameValue.isEmpty() || priceValue.isEmpty() || !datesOk) {
                return;
            }
            close();
            done.accept(desk.offerProduct(place.placeId(), skuValue.get(), nameValue.get(), priceValue.get(),
                    List.copyOf(chosen), category.getValue()));
        });
        save.setId("product-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void addDate() {
        LocalDate picked = date.getValue();
        date.setInvalid(picked == null);
        date.setErrorMessage(picked == null ? getTranslation("backoffice.catalogue.date-pick") : null);
        if (picked != null) {
            chosen.add(picked);
            date.clear();
            showDates();
        }
    }

    private void showDates() {
        dates.removeAll();
        if (chosen.isEmpty()) {
            dates.add(new Span(getTranslation("backoffice.catalogue.no-dates")));
            return;
        }
        for (LocalDate day : chosen) {
            String text = CatalogueView.DATE.format(day);
            Button remove = new Button(getTranslation("backoffice.catalogue.remove-date"), click -> {
                chosen.remove(day);
                showDates();
            });
            remove.setId("product-date-remove-" + day);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("backoffice.catalogue.remove-date-label", text));
            Span item = new Span(new Span(text), remove);
            item.setId("product-date-" + day);
            item.getStyle().set("margin-right", "var(--lumo-space-m)");
            dates.add(item);
        }
    }
}
