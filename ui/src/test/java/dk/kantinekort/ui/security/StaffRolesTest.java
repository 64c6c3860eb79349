package dk.kantinekort.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class StaffRolesTest {

    private final StaffRoles fromClaim = new StaffRoles(new StaffProperties(null, null, null));

    @Test
    void theRolesClaimBecomesRoleAdminAndRoleAuditor() {
        assertThat(roles(fromClaim, Map.of("roles", List.of("ADMIN", "AUDITOR", "KOK"))))
                .contains("ROLE_ADMIN", "ROLE_AUDITOR").doesNotContain("ROLE_KOK");
        assertThat(roles(fromClaim, Map.of("roles", "admin, role_auditor"))).contains("ROLE_ADMIN", "ROLE_AUDITOR");
    }

    @Test
    void aCitizenWithoutTheClaimKeepsExactlyWhatTheLoginGave() {
        assertThat(roles(fromClaim, Map.of())).containsExactlyInAnyOrder("OIDC_USER", "SCOPE_openid");
    }

    @Test
    void theClaimsNameIsConfigurable() {
        StaffRoles groups = new StaffRoles(new StaffProperties("groups", null, null));

        assertThat(roles(groups, Map.of("groups", List.of("ADMIN")))).contains("ROLE_ADMIN");
        assertThat(roles(groups, Map.of("roles", List.of("ADMIN")))).doesNotContain("ROLE_ADMIN");
    }

    @Test
    void aBrokerWithoutRolesNamesItsStaffInConfigurationBySubject() {
        StaffRoles configured = new StaffRoles(new StaffProperties(null, List.of("subject-admin"),
                List.of("subject-revisor")));

        assertThat(roles(configured, Map.of())).doesNotContain("ROLE_ADMIN", "ROLE_AUDITOR");
        assertThat(roles(configured, Map.of("sub", "subject-admin"))).contains("ROLE_ADMIN")
                .doesNotContain("ROLE_AUDITOR");
        assertThat(roles(configured, Map.of("sub", "subject-revisor"))).contains("ROLE_AUDITOR")
                .doesNotContain("ROLE_ADMIN");
    }

    @Test
    void aCitizenWhoseUserNameIsAStaffMembersGetsNoRoleByIt() {
        StaffRoles configured = new StaffRoles(new StaffProperties(null, List.of("jens"), List.of("revisor")));

        assertThat(roles(configured, Map.of("sub", "citizen-subject", "preferred_username", "jens")))
                .doesNotContain("ROLE_ADMIN", "ROLE_AUDITOR");
        assertThat(roles(configured, Map.of("sub", "citizen-subject", "preferred_username", "revisor")))
                .doesNotContain("ROLE_ADMIN", "ROLE_AUDITOR");
    }

    private static Set<String> roles(StaffRoles mapper, Map<String, Object> extraClaims) {
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("token").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject("subject-1");
        extraClaims.forEach(token::claim);
        List<GrantedAuthority> given = List.of(new OidcUserAuthority(token.build()),
                new SimpleGrantedAuthority("SCOPE_openid"));
        Collection<? extends GrantedAuthority> mapped = mapper.mapAuthorities(given);
        return mapped.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
