package dk.kantinekort.ui.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration ("mitid"), built from the broker's discovery document at first use rather
 * than at start: the portal starts while the broker is briefly away, and a failed discovery is tried again
 * at the next login instead of being remembered.
 */
final class DiscoveringClientRegistrationRepository implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(DiscoveringClientRegistrationRepository.class);

    private final String registrationId;
    private final OidcClientProperties properties;
    /** The portal's configured public address: the redirect URI is built from it, not from the request's Host. */
    private final String publicUrl;
    private volatile ClientRegistration registration;

    DiscoveringClientRegistrationRepository(String registrationId, OidcClientProperties properties, String publicUrl) {
        if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
            throw new IllegalStateException("canteen.oidc.issuer-uri is not set: the portal needs an OpenID Connect "
                    + "broker (see README, \"Login\")");
        }
        this.registrationId = registrationId;
        this.properties = properties;
        this.publicUrl = publicUrl;
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        if (!registrationId.equals(id)) {
            return null;
        }
        ClientRegistration known = registration;
        return known != null ? known : discover();
    }

    private synchronized ClientRegistration discover() {
        if (registration == null) {
            try {
                registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                        .registrationId(registrationId)
                        .clientName("MitID")
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .scope(properties.scopes())
                        .redirectUri(publicUrl + "login/oauth2/code/{registrationId}")
                        .build();
            } catch (RuntimeException e) {
                log.warn("OpenID Connect discovery at {} failed: {}", properties.issuerUri(), e.toString());
                throw new IllegalStateException("The login service cannot be reached at the moment", e);
            }
        }
        return registration;
    }
}
