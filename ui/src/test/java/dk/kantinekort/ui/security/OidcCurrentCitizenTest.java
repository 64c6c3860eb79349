package dk.kantinekort.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class OidcCurrentCitizenTest {

    private final QueryGateway queries = mock(QueryGateway.class);
    private final LoginIdentity loginIdentity = new LoginIdentity(
            new OidcClientProperties("http://broker", "portal", "secret", null, "cprNumberIdentifier"));
    private final OidcCurrentCitizen currentCitizen = new OidcCurrentCitizen(loginIdentity, queries);

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodyLoggedInHasNeitherSubjectNorCitizen() {
        assertThat(currentCitizen.subject()).isEmpty();
        assertThat(currentCitizen.citizenId()).isEmpty();
    }

    @Test
    void theSubjectIsTheBrokersStableSubjectAndTheClaimsComeAlong() {
        logIn("subject-1");

        assertThat(currentCitizen.subject()).contains("subject-1");
        assertThat(loginIdentity.current()).hasValueSatisfying(claims -> {
            assertThat(claims.name()).isEqualTo("Ny Borger");
            assertThat(claims.email()).isEqualTo("ny@example.dk");
        });
    }

    @Test
    void aLinkedIdentityIsLookedUpOnceAndThenRememberedInTheSession() {
        logIn("subject-1");
        answer("subject-1", "citizen-1");

        assertThat(currentCitizen.citizenId()).contains("citizen-1");
        assertThat(currentCitizen.citizenId()).contains("citizen-1");

        verify(queries, times(1)).query(eq(new FindCitizenByIdentity("subject-1")), eq(String.class));
    }

    @Test
    void anUnlinkedIdentityIsAskedAgainSoTheCprStepTakesEffectAtOnce() {
        logIn("subject-1");
        answer("subject-1", null);
        assertThat(currentCitizen.citizenId()).isEmpty();

        answer("subject-1", "citizen-1");

        assertThat(currentCitizen.citizenId()).contains("citizen-1");
    }

    @Test
    void anotherLoginInTheSameSessionDoesNotInheritThePreviousCitizen() {
        logIn("subject-1");
        answer("subject-1", "citizen-1");
        currentCitizen.citizenId();

        logIn("subject-2");
        answer("subject-2", null);

        assertThat(currentCitizen.citizenId()).isEmpty();
    }

    private void answer(String subject, String citizenId) {
        when(queries.query(new FindCitizenByIdentity(subject), String.class))
                .thenReturn(CompletableFuture.completedFuture(citizenId));
    }

    private static void logIn(String subject) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", subject, "name", "Ny Borger", "email", "ny@example.dk"));
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token);
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(user, user.getAuthorities(), "mitid"));
    }
}
