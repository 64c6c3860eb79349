package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;

/** One line of an order: a product delivered on one date, at the price when ordered. */
public record OrderLine(String lineId, String productId, String sku, String name, LocalDate deliveryDate,
                        int quantity, Money unitPrice) {

    /** What the line costs. */
    public Money amount() {
        return unitPrice.times(quantity);
    }
}
