package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff offer a product at a place: one delivery per date (e.g. a lunch for each school day of a week). The optional
 * category is what till lines with this sku at this place count under when the till sends none.
 */
public record OfferProduct(@TargetAggregateIdentifier String productId, String placeId, String sku, String name,
                           Money price, List<LocalDate> deliveryDates, ProductCategory category) {

    public OfferProduct(String productId, String placeId, String sku, String name, Money price,
                        List<LocalDate> deliveryDates) {
        this(productId, placeId, sku, name, price, deliveryDates, null);
    }
}
