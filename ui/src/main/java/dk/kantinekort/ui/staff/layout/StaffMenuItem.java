package dk.kantinekort.ui.staff.layout;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.shell.Routes;

/** The back office's pages, in menu order, each with the role that opens it. */
enum StaffMenuItem {
    PAYOUTS("udbetalinger", Routes.BACKOFFICE_PAYOUTS, Role.ADMIN),
    DISPUTES("indsigelser", Routes.BACKOFFICE_DISPUTES, Role.ADMIN, SchemePart.DISPUTES),
    CARD_ORDERS("kort", Routes.BACKOFFICE_CARD_ORDERS, Role.ADMIN),
    RECONCILIATION("afstemning", Routes.BACKOFFICE_RECONCILIATION, Role.ADMIN),
    BOOKKEEPING("oekonomi", Routes.BACKOFFICE_BOOKKEEPING, Role.ADMIN, SchemePart.BOOKKEEPING),
    SETTLEMENT("afregning", Routes.BACKOFFICE_SETTLEMENT, Role.ADMIN, SchemePart.SETTLEMENT),
    SUPPORT("support", Routes.BACKOFFICE_SUPPORT, Role.ADMIN),
    PLACES("steder", Routes.BACKOFFICE_PLACES, Role.ADMIN),
    CATALOGUE("katalog", Routes.BACKOFFICE_CATALOGUE, Role.ADMIN),
    SETTINGS("indstillinger", Routes.BACKOFFICE_SETTINGS, Role.ADMIN),
    DEAD_LETTERS("fejlede", Routes.BACKOFFICE_DEAD_LETTERS, Role.ADMIN),
    SCHOOL_YEAR("skoleaar", Routes.BACKOFFICE_SCHOOL_YEAR, Role.ADMIN, SchemePart.SCHOOL_YEAR),
    AUDIT("revision", Routes.BACKOFFICE_AUDIT, Role.AUDITOR),
    LOOKUPS("opslag", Routes.BACKOFFICE_LOOKUPS, Role.AUDITOR);

    private final String key;
    private final String route;
    private final Role role;
    private final SchemePart part;

    StaffMenuItem(String key, String route, Role role) {
        this(key, route, role, null);
    }

    StaffMenuItem(String key, String route, Role role, SchemePart part) {
        this.key = key;
        this.route = route;
        this.role = role;
        this.part = part;
    }

    /** Whether the municipality uses the page: always, unless it belongs to a part that is switched off. */
    boolean isOn(SchemeParts parts) {
        return part == null || parts.isOn(part);
    }

    /** The bundle key {@code backoffice.menu.<key>}. */
    String key() {
        return key;
    }

    String route() {
        return route;
    }

    Role role() {
        return role;
    }
}
