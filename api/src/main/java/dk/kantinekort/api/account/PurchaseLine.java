package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;

/** One line of a till purchase: {@code 1x Ostehaps 3,00}. */
public record PurchaseLine(String sku, String name, int quantity, Money unitPrice) {

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
