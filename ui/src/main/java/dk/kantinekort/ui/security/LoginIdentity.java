package dk.kantinekort.ui.security;

import dk.kantinekort.api.citizen.Cpr;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The broker's identity of whoever is logged in to the current request: the stable subject, the name and
 * e-mail claims (used only to register a person at the first login) and the CPR number the broker asserts
 * ({@code canteen.oidc.cpr-claim}). Everything here comes from the validated ID token and user info of the
 * OpenID Connect login, never from a page or a request header.
 */
@Component
public class LoginIdentity {

    private static final Logger log = LoggerFactory.getLogger(LoginIdentity.class);

    private final String cprClaim;

    LoginIdentity(OidcClientProperties properties) {
        this.cprClaim = properties.cprClaim();
    }

    /** The logged-in identity, empty when nobody is (or the login was not through OpenID Connect). */
    public Optional<Claims> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(new Claims(user.getSubject(), user.getFullName(), user.getEmail(), assertedCpr(user)));
        }
        return Optional.empty();
    }

    /** The broker's CPR claim as a CPR number; null without one or when it is no CPR number (never logged). */
    private Cpr assertedCpr(OidcUser user) {
        Object value = user.getClaims().get(cprClaim);
        // a broker that sends the number as a JSON number loses the leading zero of a birthday 1st-9th
        String text = value instanceof Number number ? String.format("%010d", number.longValue())
                : value instanceof String string ? string : null;
        if (text == null) {
            return null;
        }
        if (!Cpr.isValid(text)) {
            log.warn("The broker's claim {} is no CPR number; the identity cannot be linked", cprClaim);
            return null;
        }
        return Cpr.parse(text);
    }

    /**
     * What the broker says about the identity; name, e-mail and the asserted CPR number may be null. Printed as
     * the subject only: the rest is personal data.
     */
    public record Claims(String subject, String name, String email, Cpr assertedCpr) {

        @Override
        public String toString() {
            return "Claims[subject=" + subject + "]";
        }
    }
}
