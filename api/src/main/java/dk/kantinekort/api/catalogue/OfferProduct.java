package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff offer a product at a place: one delivery per date (e.g. a lunch for each school day of a week). */
public record OfferProduct(@TargetAggregateIdentifier String productId, String placeId, String sku, String name,
                           Money price, List<LocalDate> deliveryDates) {
}
