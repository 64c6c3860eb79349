package dk.kantinekort.api.till;

import org.axonframework.serialization.Revision;

/** A place got a new name; statements show it from now on. */
@Revision("1")
public record PlaceRenamed(String placeId, String name) {
}
