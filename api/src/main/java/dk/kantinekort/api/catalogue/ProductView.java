package dk.kantinekort.api.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import java.time.LocalDate;
import java.util.List;

/** A product as the webshop shows it; {@code withdrawn} products are only listed for staff; category may be null. */
public record ProductView(String productId, String placeId, String sku, String name, Money price,
                          List<LocalDate> deliveryDates, boolean withdrawn, ProductCategory category) {

    @JsonCreator
    public ProductView {
    }

    public ProductView(String productId, String placeId, String sku, String name, Money price,
                       List<LocalDate> deliveryDates, boolean withdrawn) {
        this(productId, placeId, sku, name, price, deliveryDates, withdrawn, null);
    }
}
