package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A place offers a product in the webshop at a price per delivery, delivered on the given dates. */
@Revision("1")
public record ProductOffered(String productId, String placeId, String sku, String name, Money price,
                             List<LocalDate> deliveryDates) {
}
