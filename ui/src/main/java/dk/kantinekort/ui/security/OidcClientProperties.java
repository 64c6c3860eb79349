package dk.kantinekort.ui.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal as an OpenID Connect client ({@code canteen.oidc.*}): any broker (NemLog-in, Signicat, Criipto,
 * the demo MitID) is set by its issuer URI and the client id and secret it issued to the portal.
 */
@ConfigurationProperties(prefix = "canteen.oidc")
record OidcClientProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes) {

    OidcClientProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "OidcClientProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + "]";
    }
}
