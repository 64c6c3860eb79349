package dk.kantinekort.api.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A place offers a product in the webshop at a price per delivery, delivered on the given dates. {@code category}
 * (null when staff named none) is also what a till line with this sku at this place counts under when the till sends
 * no category of its own (Forbrugsregler).
 */
@Revision("1")
public record ProductOffered(String productId, String placeId, String sku, String name, Money price,
                             List<LocalDate> deliveryDates, ProductCategory category) {

    @JsonCreator
    public ProductOffered {
    }

    public ProductOffered(String productId, String placeId, String sku, String name, Money price,
                          List<LocalDate> deliveryDates) {
        this(productId, placeId, sku, name, price, deliveryDates, null);
    }
}
