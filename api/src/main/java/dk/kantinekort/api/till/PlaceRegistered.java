package dk.kantinekort.api.till;

import dk.kantinekort.api.account.UnitKind;

/** A place where tills stand was registered. */
public record PlaceRegistered(String placeId, String name, UnitKind unitKind) {
}
