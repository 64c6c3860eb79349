package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chosen place's products, each a {@link ProductCard} with "Læg i kurven"; empty until a place is chosen. */
final class ProductList extends Div {

    private static final Logger log = LoggerFactory.getLogger(ProductList.class);

    private final WebshopQueries queries;
    private final Clock clock;
    private final ProductCard.AddToBasket addToBasket;

    ProductList(WebshopQueries queries, Clock clock, ProductCard.AddToBasket addToBasket) {
        this.queries = queries;
        this.clock = clock;
        this.addToBasket = addToBasket;
        setId("webshop-products");
    }

    /** The place's products as the catalogue offers them now; nothing when no place is chosen. */
    void show(CataloguePlace place) {
        removeAll();
        if (place == null) {
            return;
        }
        List<ProductView> offered;
        try {
            offered = queries.products(place.placeId());
        } catch (IllegalStateException e) {
            log.warn("Products unavailable: {}", e.toString());
            add(PaymentPanel.notice("webshop-products-unavailable", getTranslation("webshop.unavailable")));
            return;
        }
        if (offered.isEmpty()) {
            add(PaymentPanel.notice("webshop-no-products", getTranslation("webshop.no-products")));
            return;
        }
        add(new H3(getTranslation("webshop.products")));
        offered.forEach(product -> add(new ProductCard(product, WebshopDates.today(clock), addToBasket)));
    }
}
