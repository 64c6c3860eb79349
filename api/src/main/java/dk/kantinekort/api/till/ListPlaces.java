package dk.kantinekort.api.till;

/** Every place with its tills, for staff; answers a list of {@link PlaceView}, by name. */
public record ListPlaces() {
}
