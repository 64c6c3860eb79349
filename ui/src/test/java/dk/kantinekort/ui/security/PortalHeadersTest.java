package dk.kantinekort.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Issue 15, 3: the policy's form-action names the broker's origin; the portal's metrics need the management token. */
class PortalHeadersTest {

    @Test
    void formsMayGoToThePortalAndTheBrokersOriginOnly() {
        assertThat(PortalHeaders.contentSecurityPolicy("https://broker.example/realms/gladsaxe/"))
                .endsWith("form-action 'self' https://broker.example");
        assertThat(PortalHeaders.contentSecurityPolicy("http://localhost:8083"))
                .endsWith("form-action 'self' http://localhost:8083");
        assertThat(PortalHeaders.contentSecurityPolicy(null)).endsWith("form-action 'self'");
    }

    @Test
    void outsideTheDemoTheMetricsOpenOnlyToTheManagementToken() {
        ManagementToken outside = new ManagementToken(false, "scrape-me");
        assertThat(granted(outside, null)).isFalse();
        assertThat(granted(outside, "Bearer wrong")).isFalse();
        assertThat(granted(outside, "Bearer scrape-me")).isTrue();
        assertThat(granted(new ManagementToken(false, ""), "Bearer ")).as("no token configured: closed").isFalse();
        assertThat(granted(new ManagementToken(true, ""), null)).as("the embedded demo").isTrue();
    }

    private static boolean granted(ManagementToken manager, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return manager.check(() -> new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), new RequestAuthorizationContext(request))
                .isGranted();
    }
}
