package dk.kantinekort.api.relation;

/** Who ended a link: the person who asked for it, the person it gave access to, or staff in Support. */
public enum LinkEndedBy {
    REQUESTER,
    OWNER,
    STAFF
}
