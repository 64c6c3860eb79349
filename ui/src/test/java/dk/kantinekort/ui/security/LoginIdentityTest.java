package dk.kantinekort.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.citizen.Cpr;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The CPR number the broker asserts is read from the login's claims, under the configured claim name only. */
class LoginIdentityTest {

    private final LoginIdentity identity = new LoginIdentity(
            new OidcClientProperties("http://broker", "portal", "secret", null, null));

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAssertedCprComesFromTheIdTokensClaim() {
        logIn(Map.of("cprNumberIdentifier", "0102034567"), null);

        assertThat(identity.current()).hasValueSatisfying(claims ->
                assertThat(claims.assertedCpr()).isEqualTo(Cpr.parse("0102034567")));
    }

    @Test
    void orFromTheUserInfoWhenTheBrokerPutsItThere() {
        logIn(Map.of(), Map.of("sub", "subject-1", "cprNumberIdentifier", "010203-4567"));

        assertThat(identity.current().orElseThrow().assertedCpr()).isEqualTo(Cpr.parse("0102034567"));
    }

    @Test
    void aNumericClaimKeepsTheLeadingZeroOfTheBirthday() {
        logIn(Map.of("cprNumberIdentifier", 102034567L), null);

        assertThat(identity.current().orElseThrow().assertedCpr()).isEqualTo(Cpr.parse("0102034567"));
    }

    @Test
    void noClaimOrNoCprNumberInItAssertsNothing() {
        logIn(Map.of(), null);
        assertThat(identity.current().orElseThrow().assertedCpr()).isNull();

        logIn(Map.of("cprNumberIdentifier", "not a number"), null);
        assertThat(identity.current().orElseThrow().assertedCpr()).isNull();
    }

    @Test
    void theClaimIsReadUnderTheConfiguredNameOnly() {
        LoginIdentity signicat = new LoginIdentity(new OidcClientProperties("http://broker", "portal", "secret", null, "nin"));
        logIn(Map.of("cprNumberIdentifier", "0909091234", "nin", "0102034567"), null);

        assertThat(signicat.current().orElseThrow().assertedCpr()).isEqualTo(Cpr.parse("0102034567"));
    }

    @Test
    void theClaimsPrintAsTheSubjectOnly() {
        logIn(Map.of("cprNumberIdentifier", "0102034567"), null);

        assertThat(identity.current().orElseThrow().toString())
                .contains("subject-1").doesNotContain("010203", "Ny Borger", "ny@example.dk");
    }

    private static void logIn(Map<String, Object> extraClaims, Map<String, Object> userInfo) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "subject-1", "name", "Ny Borger", "email", "ny@example.dk"));
        claims.putAll(extraClaims);
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token,
                userInfo == null ? null : new OidcUserInfo(userInfo));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(user, user.getAuthorities(), "mitid"));
    }
}
