package dk.kantinekort.ui.staff.catalogue;

import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.ui.shell.format.DanishFormat;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import dk.kantinekort.ui.shell.Routes;

/**
 * Katalog (F16): for a chosen place its webshop products (price per delivery, delivery dates) and its subscription
 * plans; "Nyt produkt", "Nyt abonnement", "Ny pris" and "Tag af hylden" (asked first).
 */
@Route(value = Routes.BACKOFFICE_CATALOGUE, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class CatalogueView extends StaffPage implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final CatalogueDesk desk;
    private final Select<PlaceView> place = new Select<>();
    private final PlainTable products;
    private final PlainTable plans;
    private final Paragraph noProducts = new Paragraph();
    private final Paragraph noPlans = new Paragraph();
    private final Div content = new Div();
    private List<PlaceView> places = List.of();

    CatalogueView(StaffQueries queries, StaffCommands commands) {
        super("catalogue", "backoffice.menu.katalog");
        this.desk = new CatalogueDesk(queries, commands);
        place.setId("catalogue-place");
        place.setLabel(getTranslation("backoffice.catalogue.place"));
        place.setItemLabelGenerator(PlaceView::name);
        place.setEmptySelectionAllowed(false);
        place.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                refresh();
            }
        });

        products = new PlainTable("catalogue-products", getTranslation("backoffice.catalogue.column.sku"),
                getTranslation("backoffice.catalogue.column.name"), getTranslation("backoffice.catalogue.column.price"),
                getTranslation("backoffice.catalogue.column.dates"), getTranslation("backoffice.support.column.status"),
                getTranslation("backoffice.column.actions"));
        plans = new PlainTable("catalogue-plans", getTranslation("backoffice.catalogue.column.name"),
                getTranslation("backoffice.catalogue.column.price"), getTranslation("backoffice.catalogue.column.period"),
                getTranslation("backoffice.catalogue.column.places"), getTranslation("backoffice.support.column.status"),
                getTranslation("backoffice.column.actions"));
        noProducts.setId("catalogue-no-products");
        noProducts.setText(getTranslation("backoffice.catalogue.no-products"));
        noPlans.setId("catalogue-no-plans");
        noPlans.setText(getTranslation("backoffice.catalogue.no-plans"));

        Button newProduct = new Button(getTranslation("backoffice.catalogue.new-product"), click -> newProduct());
        newProduct.setId("catalogue-new-product");
        newProduct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newPlan = new Button(getTranslation("backoffice.catalogue.new-plan"), click -> newPlan());
        newPlan.setId("catalogue-new-plan");
        newPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H3(getTranslation("backoffice.catalogue.products")), newProduct, products, noProducts,
                new H3(getTranslation("backoffice.catalogue.plans")), newPlan, plans, noPlans);
        add(place, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            places = desk.places();
        } catch (IllegalStateException e) {
            showUnavailable();
            places = List.of();
        }
        place.setItems(places);
        content.setVisible(!places.isEmpty());
        if (places.isEmpty()) {
            say(getTranslation("backoffice.catalogue.no-places"), false);
            return;
        }
        place.setValue(places.get(0));
    }

    private void refresh() {
        products.clearRows();
        plans.clearRows();
        PlaceView chosen = place.getValue();
        List<ProductView> productRows;
        List<PlanView> planRows;
        try {
            productRows = desk.products(chosen.placeId());
            planRows = desk.plans(chosen.placeId());
        } catch (IllegalStateException e) {
            showUnavailable();
            productRows = List.of();
            planRows = List.of();
        }
        for (ProductView product : productRows) {
            products.addRow("product-" + product.productId(), product.sku(), product.name(),
                    DanishFormat.money(product.price()), product.deliveryDates().stream().map(DATE::format)
                            .collect(Collectors.joining(", ")), state(product.withdrawn()),
                    actions("product", product.productId(), product.withdrawn(), product.name(), product.price(),
                            price -> desk.repriceProduct(product, price), () -> desk.withdrawProduct(product)));
        }
        Map<String, String> names = places.stream().collect(Collectors.toMap(PlaceView::placeId, PlaceView::name,
                (a, b) -> a));
        for (PlanView plan : planRows) {
            plans.addRow("plan-" + plan.planId(), plan.name(), DanishFormat.money(plan.price()),
                    getTranslation("backoffice.catalogue.period." + plan.period().name()),
                    plan.placeIds().stream().map(p -> names.getOrDefault(p, p)).collect(Collectors.joining(", ")),
                    state(plan.withdrawn()),
                    actions("plan", plan.planId(), plan.withdrawn(), plan.name(), plan.price(),
                            price -> desk.repricePlan(plan, price), () -> desk.withdrawPlan(plan)));
        }
        products.setVisible(!products.isEmpty());
        noProducts.setVisible(products.isEmpty());
        plans.setVisible(!plans.isEmpty());
        noPlans.setVisible(plans.isEmpty());
    }

    private String state(boolean withdrawn) {
        return getTranslation(withdrawn ? "backoffice.catalogue.withdrawn" : "backoffice.catalogue.offered");
    }

    private Object actions(String kind, String id, boolean withdrawn, String name, Money price,
                           Function<Money, Outcome> reprice, java.util.function.Supplier<Outcome> withdraw) {
        if (withdrawn) {
            return "";
        }
        Button newPrice = new Button(getTranslation("backoffice.catalogue.reprice"),
                click -> askPrice(name, price, reprice));
        newPrice.setId(kind + "-reprice-" + id);
        newPrice.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button off = new Button(getTranslation("backoffice.catalogue.withdraw"),
                click -> confirmWithdraw(name, withdraw));
        off.setId(kind + "-withdraw-" + id);
        off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(newPrice, off);
    }

    void done(Outcome outcome) {
        if (outcome.done()) {
            // the ledger has it; the lists follow as soon as the read side has seen the event
            refresh();
        }
        show(outcome);
    }

    private void newProduct() {
        new ProductDialog(place.getValue(), this::done, desk).open();
    }

    private void newPlan() {
        new PlanDialog(place.getValue(), places, this::done, desk).open();
    }

    private void askPrice(String name, Money current, Function<Money, Outcome> reprice) {
        Dialog dialog = new Dialog();
        dialog.setId("reprice-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.catalogue.reprice-title", name));
        TextField price = priceField("reprice-price", getTranslation("backoffice.catalogue.new-price"));
        price.setValue(DanishFormat.amount(current));
        Button save = new Button(getTranslation("backoffice.catalogue.reprice-save"), click -> {
            Optional<Money> money = checkedPrice(price);
            if (money.isEmpty()) {
                return;
            }
            dialog.close();
            done(reprice.apply(money.get()));
        });
        save.setId("reprice-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.add(price);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        price.focus();
    }

    private void confirmWithdraw(String name, java.util.function.Supplier<Outcome> withdraw) {
        Dialog dialog = new Dialog();
        dialog.setId("withdraw-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.catalogue.withdraw-title", name));
        dialog.add(new Paragraph(getTranslation("backoffice.catalogue.withdraw-text")));
        Button confirm = new Button(getTranslation("backoffice.catalogue.withdraw"), click -> {
            dialog.close();
            done(withdraw.get());
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("backoffice.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** A price in kroner, e.g. "35,00". */
    static TextField priceField(String id, String label) {
        TextField price = new TextField(label);
        price.setId(id);
        price.setSuffixComponent(new Div(price.getTranslation("backoffice.catalogue.kroner")));
        price.setHelperText(price.getTranslation("backoffice.catalogue.price-help"));
        price.getElement().setAttribute("inputmode", "decimal");
        price.setRequiredIndicatorVisible(true);
        price.setManualValidation(true);
        return price;
    }

    /** The price when it is one; otherwise the problem next to the field. */
    static Optional<Money> checkedPrice(TextField field) {
        Optional<Money> price = CatalogueDesk.kroner(field.getValue());
        field.setInvalid(price.isEmpty());
        field.setErrorMessage(price.isEmpty() ? field.getTranslation("backoffice.catalogue.price-invalid") : null);
        return price;
    }

    /** A required text; otherwise the problem next to the field. */
    static Optional<String> checkedText(TextField field, int max) {
        String value = field.getValue() == null ? "" : field.getValue().strip();
        boolean ok = !value.isEmpty() && value.length() <= max;
        field.setInvalid(!ok);
        field.setErrorMessage(ok ? null : field.getTranslation("backoffice.catalogue.required"));
        return ok ? Optional.of(value) : Optional.empty();
    }
}
