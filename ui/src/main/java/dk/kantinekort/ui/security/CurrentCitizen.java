package dk.kantinekort.ui.security;

import java.util.Optional;

/** Who is logged in to the portal in the current request. */
public interface CurrentCitizen {

    /** The person the login identity is linked to; empty when nobody is logged in or the CPR step is pending. */
    Optional<String> citizenId();

    /** The login identity (the OIDC broker's stable subject); empty when nobody is logged in. */
    Optional<String> subject();

    /**
     * The name the login broker gives for the identity (the name the person was registered with); the header's
     * fallback until the read side has the person's own.
     */
    default Optional<String> nameFromLogin() {
        return Optional.empty();
    }

    /** The logged-in citizen's id, for views that only open after login; throws when there is none. */
    default String require() {
        return citizenId().orElseThrow(() -> new IllegalStateException("No citizen is logged in"));
    }
}
