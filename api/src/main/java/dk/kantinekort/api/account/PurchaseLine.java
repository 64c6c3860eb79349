package dk.kantinekort.api.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;

/**
 * One line of a till purchase: {@code 1x Ostehaps 3,00}. {@code category} is what the till sent, or (in a
 * {@link PurchaseMade}) the category the line was counted under: the till's, the place's catalogue's, or UKENDT; null
 * in events stored before categories existed.
 */
public record PurchaseLine(String sku, String name, int quantity, Money unitPrice, ProductCategory category) {

    @JsonCreator
    public PurchaseLine {
    }

    /** A line without a category (the till sent none). */
    public PurchaseLine(String sku, String name, int quantity, Money unitPrice) {
        this(sku, name, quantity, unitPrice, null);
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    /** This line counted under the given category. */
    public PurchaseLine withCategory(ProductCategory newCategory) {
        return new PurchaseLine(sku, name, quantity, unitPrice, newCategory);
    }
}
