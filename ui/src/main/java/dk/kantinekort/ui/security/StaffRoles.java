package dk.kantinekort.ui.security;

import dk.kantinekort.ui.security.CurrentStaff.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns the broker's role claim, or the configured lists of staff, into the authorities {@code ROLE_ADMIN} and
 * {@code ROLE_AUDITOR} that {@code @RolesAllowed} checks. Citizens keep exactly what the login gave them. The
 * lists name staff by the broker's stable subject only: a user name ({@code preferred_username}) is no identifier
 * (OpenID Connect Core 5.1: not unique, and at some brokers chosen by the user), so a citizen whose user name
 * is a staff member's gets no role by it.
 */
final class StaffRoles implements GrantedAuthoritiesMapper {

    private final StaffProperties properties;

    StaffRoles(StaffProperties properties) {
        this.properties = properties;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                rolesOf(oidc.getAttributes()).forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
        }
        return mapped;
    }

    private Set<Role> rolesOf(Map<String, Object> claims) {
        Set<Role> roles = new LinkedHashSet<>();
        claimValues(claims.get(properties.roleClaim())).forEach(value -> role(value, roles));
        if (claims.get(StandardClaimNames.SUB) instanceof String subject && !subject.isBlank()) {
            if (properties.admins().contains(subject)) {
                roles.add(Role.ADMIN);
            }
            if (properties.auditors().contains(subject)) {
                roles.add(Role.AUDITOR);
            }
        }
        return roles;
    }

    /** A list claim, or one string of roles separated by spaces or commas (brokers differ). */
    private static Stream<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf);
        }
        if (claim instanceof String value) {
            return Arrays.stream(value.split("[\\s,]+"));
        }
        return Stream.empty();
    }

    private static void role(String value, Set<Role> roles) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        name = name.startsWith("ROLE_") ? name.substring("ROLE_".length()) : name;
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                roles.add(role);
            }
        }
    }
}
