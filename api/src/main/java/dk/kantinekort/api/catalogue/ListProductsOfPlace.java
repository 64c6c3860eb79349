package dk.kantinekort.api.catalogue;

/** Products a place offers, by sku; with {@code includeWithdrawn} also those no longer offered (staff). */
public record ListProductsOfPlace(String placeId, boolean includeWithdrawn) {
}
