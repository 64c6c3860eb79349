package dk.kantinekort.api.till;

import dk.kantinekort.api.account.UnitKind;
import org.axonframework.serialization.Revision;

/** A place where tills stand was registered. */
@Revision("1")
public record PlaceRegistered(String placeId, String name, UnitKind unitKind) {
}
