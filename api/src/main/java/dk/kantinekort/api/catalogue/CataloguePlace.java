package dk.kantinekort.api.catalogue;

/** A place that offers products or plans. */
public record CataloguePlace(String placeId, String name) {
}
