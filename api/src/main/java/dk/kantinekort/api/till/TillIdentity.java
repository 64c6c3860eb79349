package dk.kantinekort.api.till;

import dk.kantinekort.api.account.UnitKind;

/** A till as the till API knows it after authentication. */
public record TillIdentity(String tillId, String placeId, String placeName, UnitKind unitKind) {
}
