package dk.kantinekort.ui.security;

import dk.kantinekort.ui.security.CurrentStaff;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The staff member of the current request: a login with ROLE_ADMIN or ROLE_AUDITOR (see {@link StaffRoles}),
 * known by the broker's user name ({@code preferred_username}) or, without one, the subject.
 */
@Component
class OidcCurrentStaff implements CurrentStaff {

    @Override
    public Optional<String> username() {
        if (!isStaff()) {
            return Optional.empty();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.ofNullable(user.getPreferredUsername()).filter(name -> !name.isBlank())
                    .or(() -> Optional.ofNullable(user.getSubject()));
        }
        return Optional.ofNullable(authentication.getName());
    }

    @Override
    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority()));
    }
}
