package dk.kantinekort.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.kantinekort.ui.psp.PspWebhookController;
import dk.kantinekort.ui.shell.Routes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * F1: the one login of the portal, for citizens and staff alike: MitID through any OpenID Connect broker
 * (authorization-code flow, client registration {@value #REGISTRATION_ID}); logging out ends the broker's session
 * too (RP-initiated logout) and comes back to the login page ({@link Routes#LOGIN}).
 * <p>
 * One filter chain serves both areas, because Vaadin answers both over the same servlet requests; what each area
 * opens is decided per page by Vaadin's access annotations and is configured in its own unit:
 * <ul>
 * <li>citizens ({@code ui.citizen.login.LinkedIdentityGuard}): every citizen page needs a login, except those annotated
 * {@code @AnonymousAllowed} (login, help, terms, accessibility statement); an identity not yet linked to a CPR
 * number sees only the CPR step;</li>
 * <li>staff ({@link StaffSecurityConfiguration}): the back office's pages ({@link Routes#BACKOFFICE}) are
 * {@code @RolesAllowed} ADMIN or AUDITOR, roles the broker's claim or the configuration gives; staff see no
 * citizen page.</li>
 * </ul>
 * This class depends on no page: routes come from {@link Routes}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OidcClientProperties.class)
public class PortalSecurityConfiguration {

    public static final String REGISTRATION_ID = "mitid";
    /** Where "Log på med MitID" goes: Spring Security starts the code flow there. */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http,
                                       @Value("${" + PortalPublicUrl.PROPERTY + ":}") String publicUrl,
                                       OidcClientProperties oidc, ManagementToken management) throws Exception {
        PortalHeaders.apply(http, oidc.issuerUri());
        // metrics for the operators' scraper: outside the embedded demo only with canteen.management.token
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/actuator/prometheus").access(management));
        openToEveryone(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        // after the broker's logout: the configured address, never one built from the Host header
                        .oauth2LoginPage("/" + Routes.LOGIN, PortalPublicUrl.require(publicUrl) + Routes.LOGIN))
                .build();
    }

    /** What needs no login at all: none of it is a page of either area. */
    private static void openToEveryone(HttpSecurity http) throws Exception {
        // health for load balancers and the launcher's checks; no details are shown to anonymous callers
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        // the shell's own stylesheet (META-INF/resources/styles): Vaadin opens only its own resources, and a
        // refused stylesheet left the public pages unstyled and became the page a citizen landed on after login
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/styles/**").permitAll());
        // the favicon (META-INF/resources): every page, the login page too, asks for it before anyone logs in
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/favicon.ico", "/favicon.svg").permitAll());
        // the payment provider's webhooks: no login and no CSRF token, the agreed Authorization header instead
        // (PspWebhooks); a webhook is only a signal, the command side asks the provider before crediting
        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers(HttpMethod.POST, PspWebhookController.PATH).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PspWebhookController.PATH));
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcClientProperties properties,
            @Value("${" + PortalPublicUrl.PROPERTY + ":}") String publicUrl) {
        return new DiscoveringClientRegistrationRepository(REGISTRATION_ID, properties,
                PortalPublicUrl.require(publicUrl));
    }

    /** Tokens live in the citizen's HTTP session and end with it, not in an ever-growing map in memory. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }
}
