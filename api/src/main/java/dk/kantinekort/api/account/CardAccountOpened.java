package dk.kantinekort.api.account;

import java.util.Set;

/** A card account was opened for a citizen. */
public record CardAccountOpened(String accountId, String citizenId, String displayName, Set<UnitKind> allowedUnits) {
}
