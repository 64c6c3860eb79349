package dk.kantinekort.api.catalogue;

/** Plans offered at a place (all places when placeId is null); with {@code includeWithdrawn} also closed ones. */
public record ListPlansOfPlace(String placeId, boolean includeWithdrawn) {
}
