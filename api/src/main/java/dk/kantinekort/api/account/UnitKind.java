package dk.kantinekort.api.account;

/** The kinds of municipal units where a canteen card may be used (the guide's "enheder"). */
public enum UnitKind {
    SCHOOL,
    LEISURE_CLUB,
    SENIOR_CENTRE,
    LIBRARY,
    CINEMA,
    SWIMMING_POOL,
    OTHER_SPORTS,
    YOUTH_CLUB
}
