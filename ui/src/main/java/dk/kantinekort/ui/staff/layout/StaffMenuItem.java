package dk.kantinekort.ui.staff.layout;

import dk.kantinekort.ui.security.CurrentStaff.Role;

/** The back office's pages, in menu order, each with the role that opens it. */
enum StaffMenuItem {
    UDBETALINGER("udbetalinger", Role.ADMIN),
    KORT("kort", Role.ADMIN),
    AFSTEMNING("afstemning", Role.ADMIN),
    SUPPORT("support", Role.ADMIN),
    STEDER("steder", Role.ADMIN),
    KATALOG("katalog", Role.ADMIN),
    INDSTILLINGER("indstillinger", Role.ADMIN),
    REVISION("revision", Role.AUDITOR);

    private final String key;
    private final Role role;

    StaffMenuItem(String key, Role role) {
        this.key = key;
        this.role = role;
    }

    /** The last segment of the route and the bundle key {@code backoffice.menu.<key>}. */
    String key() {
        return key;
    }

    String route() {
        return BackofficeLayout.ROOT + "/" + key;
    }

    Role role() {
        return role;
    }
}
