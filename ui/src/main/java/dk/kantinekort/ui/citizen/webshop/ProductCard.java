package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * One product: its name, price per delivery and the delivery dates still to come, and how many to put in the basket
 * with "Læg i kurven"; a product with no delivery left says so instead.
 */
final class ProductCard extends Div {

    /** What "Læg i kurven" does with the product and how many per delivery. */
    @FunctionalInterface
    interface AddToBasket {
        void add(ProductView product, int quantity);
    }

    ProductCard(ProductView product, LocalDate today, AddToBasket addToBasket) {
        String id = "product-" + product.productId();
        setId(id);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        Paragraph name = new Paragraph(product.name());
        name.setId(id + "-name");
        name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph price = new Paragraph(getTranslation("webshop.product.price", DanishFormat.money(product.price())));
        price.setId(id + "-price");
        List<LocalDate> toCome = Basket.deliveriesToCome(product, today);
        Paragraph dates = new Paragraph(getTranslation("webshop.product.dates", WebshopDates.dates(toCome)));
        dates.setId(id + "-dates");
        add(name, price, dates);
        if (toCome.isEmpty()) {
            Paragraph closed = new Paragraph(getTranslation("webshop.product.closed"));
            closed.setId(id + "-closed");
            add(closed);
            return;
        }
        IntegerField quantity = new IntegerField(getTranslation("webshop.quantity"));
        quantity.setId(id + "-quantity");
        quantity.setMin(1);
        quantity.setMax(Basket.MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(1);
        quantity.setWidth("8rem");
        Button add = new Button(getTranslation("webshop.add"), click -> {
            Integer howMany = quantity.getValue();
            if (howMany == null || howMany < 1 || howMany > Basket.MAX_QUANTITY) {
                quantity.setInvalid(true);
                quantity.setErrorMessage(getTranslation("webshop.quantity.bounds", Basket.MAX_QUANTITY));
                return;
            }
            quantity.setInvalid(false);
            addToBasket.add(product, howMany);
        });
        add.setId(id + "-add");
        add.getElement().setAttribute("aria-label", getTranslation("webshop.add.label", product.name()));
        HorizontalLayout row = new HorizontalLayout(quantity, add);
        row.setAlignItems(Alignment.BASELINE);
        add(row);
    }
}
