package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;

/** A line in Vis: product, date, amount, cancelled, and whether it may still be cancelled (before its date). */
public record OrderLineView(String lineId, String sku, String name, LocalDate deliveryDate, int quantity,
                            Money unitPrice, Money amount, boolean cancelled, boolean paid) {
}
