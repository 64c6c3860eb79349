package dk.kantinekort.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.kantinekort.ui.citizen.login.LoginView;
import dk.kantinekort.ui.psp.PspWebhookController;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * F1: citizens log in with MitID through any OpenID Connect broker (authorization-code flow, client
 * registration {@value #REGISTRATION_ID}). Every view needs a login except those annotated
 * {@code @AnonymousAllowed} (login, help, terms, accessibility statement); logging out ends the broker's
 * session too (RP-initiated logout) and comes back to the login page. Staff log in the same way; their role
 * (ADMIN, AUDITOR) comes from a claim or configuration ({@link StaffRoles}) and opens the back office.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({OidcClientProperties.class, StaffProperties.class})
public class PortalSecurityConfiguration {

    public static final String REGISTRATION_ID = "mitid";
    /** Where "Log på med MitID" goes: Spring Security starts the code flow there. */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http,
                                       @Value("${" + PortalPublicUrl.PROPERTY + ":}") String publicUrl) throws Exception {
        // health for load balancers and the launcher's checks; no details are shown to anonymous callers
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        // the shell's own stylesheet (META-INF/resources/styles): Vaadin opens only its own resources, and a
        // refused stylesheet left the public pages unstyled and became the page a citizen landed on after login
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/styles/**").permitAll());
        // the payment provider's webhooks: no login and no CSRF token, the agreed Authorization header instead
        // (PspWebhooks); a webhook is only a signal, the command side asks the provider before crediting
        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers(HttpMethod.POST, PspWebhookController.PATH).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PspWebhookController.PATH));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        // after the broker's logout: the configured address, never one built from the Host header
                        .oauth2LoginPage("/" + LoginView.ROUTE, PortalPublicUrl.require(publicUrl) + LoginView.ROUTE))
                .build();
    }

    /** Staff roles from the broker's claim or the configured lists; the login picks this bean up by its type. */
    @Bean
    GrantedAuthoritiesMapper staffRoles(StaffProperties properties) {
        return new StaffRoles(properties);
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
