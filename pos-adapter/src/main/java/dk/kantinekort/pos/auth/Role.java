package dk.kantinekort.pos.auth;

import java.util.Locale;

/**
 * Who a bearer token speaks for. Each controller of {@code /api} declares the one it needs with {@link ApiRole}:
 * tills the till API (purchases, refunds, balance inquiries), administrative systems {@code /api/v1/admin/**},
 * auditors {@code /api/v1/audit/**}.
 */
public enum Role {
    /** A till at a place: purchases, refunds, balance inquiries. */
    TILL,
    /** An administrative system (a named integration): {@code /api/v1/admin/**}. */
    ADMIN,
    /** An auditor: {@code /api/v1/audit/**}, read-only views of the ledger plus checks and rebuilds. */
    AUDITOR;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
