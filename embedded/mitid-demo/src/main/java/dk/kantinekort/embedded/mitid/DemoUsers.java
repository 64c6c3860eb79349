package dk.kantinekort.embedded.mitid;

import dk.kantinekort.embedded.mitid.DemoIdentities.DemoIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo identities as users of the login page, and their claims in the tokens: the stable subject (a
 * UUID, as a real broker issues it, never the user name) and name and e-mail in the ID token; for a citizen,
 * when the portal asked for scope {@value DemoIdentities#CPR_SCOPE}, the CPR number in
 * {@value DemoIdentities#CPR_CLAIM}, as a public-sector MitID broker asserts it (staff have none); for staff
 * their roles ({@value #ROLES_CLAIM}) and user name ({@code preferred_username}), which the back office records
 * as who acted.
 */
@Configuration(proxyBeanMethods = false)
class DemoUsers {

    /** The claim the portal reads staff roles from by default ({@code canteen.staff.role-claim}). */
    static final String ROLES_CLAIM = "roles";

    @Bean
    UserDetailsService demoUsers() {
        return new InMemoryUserDetailsManager(DemoIdentities.all().stream()
                .map(identity -> User.withUsername(identity.username())
                        .password("{noop}" + DemoIdentities.PASSWORD)
                        .roles(identity.isStaff() ? "STAFF" : "CITIZEN")
                        .build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoClaims() {
        return context -> {
            if (context.getPrincipal() == null) {
                return;
            }
            DemoIdentities.byUsername(context.getPrincipal().getName()).ifPresent(identity -> {
                // the user-info endpoint answers from the ID token's claims, so both agree on the subject
                context.getClaims().subject(identity.subject());
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    addProfile(context, identity);
                    if (context.getAuthorizedScopes().contains(DemoIdentities.CPR_SCOPE)) {
                        identity.assertedCpr().ifPresent(cpr -> context.getClaims().claim(DemoIdentities.CPR_CLAIM, cpr));
                    }
                }
            });
        };
    }

    private static void addProfile(JwtEncodingContext context, DemoIdentity identity) {
        context.getClaims()
                .claim(StandardClaimNames.NAME, identity.name())
                .claim(StandardClaimNames.EMAIL, identity.email())
                .claim(StandardClaimNames.EMAIL_VERIFIED, true);
        if (identity.isStaff()) {
            context.getClaims()
                    .claim(StandardClaimNames.PREFERRED_USERNAME, identity.username())
                    .claim(ROLES_CLAIM, identity.roles());
        }
    }
}
