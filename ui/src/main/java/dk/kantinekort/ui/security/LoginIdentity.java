package dk.kantinekort.ui.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The broker's identity of whoever is logged in to the current request: the stable subject and the name and
 * e-mail claims (used only to register a person at the first login).
 */
@Component
public class LoginIdentity {

    /** The logged-in identity, empty when nobody is (or the login was not through OpenID Connect). */
    public Optional<Claims> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(new Claims(user.getSubject(), user.getFullName(), user.getEmail()));
        }
        return Optional.empty();
    }

    /** What the broker says about the identity; name and e-mail may be null. */
    public record Claims(String subject, String name, String email) {
    }
}
