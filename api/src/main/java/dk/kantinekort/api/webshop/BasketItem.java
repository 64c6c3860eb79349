package dk.kantinekort.api.webshop;

/** A product and how many of it per delivery date. */
public record BasketItem(String productId, int quantity) {
}
