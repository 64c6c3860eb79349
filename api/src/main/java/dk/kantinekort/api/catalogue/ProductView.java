package dk.kantinekort.api.catalogue;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/** A product as the webshop shows it; {@code withdrawn} products are only listed for staff. */
public record ProductView(String productId, String placeId, String sku, String name, Money price,
                          List<LocalDate> deliveryDates, boolean withdrawn) {
}
