package dk.kantinekort.ui.security;

import java.net.URI;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every portal answer (issue 15, 3), written by Spring Security's headers DSL:
 * <ul>
 * <li>a Content-Security-Policy Vaadin Flow 24 works under: its bootstrap and client engine need
 * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts and inline styles; everything else only from the
 * portal itself; no framing ({@code frame-ancestors 'none'}), no plug-ins, no {@code <base>} elsewhere, and forms
 * post only to the portal and the OpenID Connect broker (login and logout end there with a redirect). The payment
 * provider's hosted page is reached by navigation, which {@code form-action} does not govern;</li>
 * <li>{@code Referrer-Policy: same-origin} (no portal address, which may hold an id, leaves the portal) and a
 * {@code Permissions-Policy} that switches off what the portal never uses;</li>
 * <li>HSTS on answers over HTTPS, also behind a proxy whose {@code X-Forwarded-Proto} the portal trusts
 * ({@code server.forward-headers-strategy}, {@code server.tomcat.remoteip.internal-proxies}); never on plain HTTP.</li>
 * </ul>
 */
final class PortalHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "interest-cohort=()";

    private PortalHeaders() {
    }

    static void apply(HttpSecurity http, String issuerUri) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(issuerUri)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    /** The policy, with the broker's origin (from its issuer URI) as the only other place a form may go. */
    static String contentSecurityPolicy(String issuerUri) {
        String broker = origin(issuerUri);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "frame-ancestors 'none'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'" + (broker.isEmpty() ? "" : " " + broker);
    }

    /** {@code https://broker.example} of {@code https://broker.example/realms/x}; empty when there is none. */
    static String origin(String uri) {
        if (uri == null || uri.isBlank()) {
            return "";
        }
        URI parsed = URI.create(uri.strip());
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            return "";
        }
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
    }
}
