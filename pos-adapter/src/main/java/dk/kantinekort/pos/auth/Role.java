package dk.kantinekort.pos.auth;

import java.util.Locale;

/** Who a bearer token speaks for, and the part of {@code /api/} each may use. */
public enum Role {
    /** A till at a place: purchases, refunds, balance inquiries (everything under /api/ not named below). */
    TILL,
    /** An administrative system: {@code /api/v1/admin/**}. */
    ADMIN,
    /** An auditor: {@code /api/v1/audit/**}, read-only views of the ledger plus checks and rebuilds. */
    AUDITOR;

    /** The role a request path under {@code /api/} needs. */
    static Role requiredFor(String path) {
        if (within(path, "/api/v1/admin")) {
            return ADMIN;
        }
        if (within(path, "/api/v1/audit")) {
            return AUDITOR;
        }
        return TILL;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static boolean within(String path, String area) {
        return path.equals(area) || path.startsWith(area + "/");
    }
}
