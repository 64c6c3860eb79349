package dk.kantinekort.ui.security;

import java.util.Optional;

/** The municipality's staff member logged in to the current request, if the login carries a staff role. */
public interface CurrentStaff {

    /** Roles of the back office; the login's authorities are {@code ROLE_<name>}. */
    enum Role { ADMIN, AUDITOR }

    /** Who acts, as staff actions record it ({@code admin:<username>}); empty for citizens and strangers. */
    Optional<String> username();

    boolean hasRole(Role role);

    /** Staff never act as citizens: no CPR step, no citizen pages. */
    default boolean isStaff() {
        return hasRole(Role.ADMIN) || hasRole(Role.AUDITOR);
    }
}
