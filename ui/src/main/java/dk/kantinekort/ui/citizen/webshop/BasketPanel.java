package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Kurv": the {@link Basket} of one place shown as a table (product, price per delivery, deliveries to come, how
 * many, amount, "Fjern") with its total; a change of how many updates the amount and total in place.
 */
final class BasketPanel extends Section {

    private final Basket basket = new Basket();
    private final Clock clock;
    private final Div lines = new Div();
    private final Paragraph total = new Paragraph();
    private final List<Runnable> whenShown = new ArrayList<>();
    private final List<Runnable> whenRepriced = new ArrayList<>();
    private CataloguePlace place;

    BasketPanel(Clock clock) {
        this.clock = clock;
        setId("basket");
        lines.setId("basket-lines");
        total.setId("basket-total");
        total.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph explain = new Paragraph(getTranslation("webshop.basket.explain"));
        explain.setId("basket-explain");
        explain.addClassName(LumoUtility.TextColor.SECONDARY);
        Div live = new Div(total);
        live.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("webshop.basket")), lines, live, explain);
    }

    /** Called each time the basket is shown again (something added, removed, or it was emptied). */
    void whenShown(Runnable listener) {
        whenShown.add(listener);
    }

    /** Called each time what the basket costs may have changed (shown again, or a quantity changed). */
    void whenRepriced(Runnable listener) {
        whenRepriced.add(listener);
    }

    /** Another place (or none): the basket is one place's, so it starts again. */
    void startAt(CataloguePlace chosenPlace) {
        place = chosenPlace;
        basket.clear();
        show();
    }

    void add(ProductView product, int quantity) {
        basket.add(product, quantity);
        show();
    }

    /** After the order is paid. */
    void empty() {
        basket.clear();
        show();
    }

    boolean isEmpty() {
        return basket.isEmpty();
    }

    /** The place the basket is from; empty before one is chosen. */
    Optional<CataloguePlace> place() {
        return Optional.ofNullable(place);
    }

    List<BasketItem> items() {
        return basket.items();
    }

    /** What each delivery date still to come costs, by date. */
    Map<LocalDate, Money> deliveries() {
        return basket.deliveries(today());
    }

    /** What the customer pays today. */
    Money total() {
        return basket.total(today());
    }

    void show() {
        lines.removeAll();
        LocalDate today = today();
        if (basket.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("webshop.basket.empty"));
            empty.setId("basket-empty");
            lines.add(empty);
        } else {
            PlainTable table = WebshopComponents.table("basket-table", getTranslation("webshop.basket.product"),
                    getTranslation("webshop.basket.price"), getTranslation("webshop.basket.deliveries"),
                    getTranslation("webshop.quantity"), getTranslation("webshop.basket.amount"), "");
            basket.lines().forEach(line -> addRow(table, line, today));
            lines.add(table);
        }
        showTotal();
        whenShown.forEach(Runnable::run);
    }

    private void addRow(PlainTable table, Basket.Line line, LocalDate today) {
        String productId = line.product().productId();
        String id = "basket-" + productId;
        IntegerField quantity = new IntegerField();
        quantity.setId(id + "-quantity");
        quantity.setMin(1);
        quantity.setMax(Basket.MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(line.quantity());
        quantity.setWidth("7rem");
        quantity.setAriaLabel(getTranslation("webshop.quantity.label", line.product().name()));
        Span amount = new Span(DanishFormat.money(line.amount(today)));
        amount.setId(id + "-amount");
        quantity.addValueChangeListener(change -> {
            // in place, so the keyboard focus stays in the field while the amount and total follow
            if (change.getValue() != null && change.getValue() >= 1) {
                basket.change(productId, change.getValue());
                basket.lines().stream().filter(l -> l.product().productId().equals(productId))
                        .findFirst().ifPresent(l -> amount.setText(DanishFormat.money(l.amount(today()))));
                showTotal();
            }
        });
        Button remove = new Button(getTranslation("webshop.basket.remove"), click -> {
            basket.remove(productId);
            show();
        });
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label",
                getTranslation("webshop.basket.remove.label", line.product().name()));
        table.addRow(id, line.product().name(),
                getTranslation("webshop.product.price", DanishFormat.money(line.product().price())),
                String.valueOf(line.deliveriesToCome(today).size()), quantity, amount, remove);
    }

    private void showTotal() {
        total.setText(getTranslation("webshop.basket.total", DanishFormat.money(total())));
        whenRepriced.forEach(Runnable::run);
    }

    private LocalDate today() {
        return WebshopDates.today(clock);
    }
}
