package dk.kantinekort.ui.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal as an OpenID Connect client ({@code canteen.oidc.*}): any broker (NemLog-in, Signicat, Criipto,
 * the demo MitID) is set by its issuer URI and the client id and secret it issued to the portal; the scopes
 * asked for; and the claim the broker asserts the citizen's CPR number in ({@code cpr-claim}, default
 * {@value #DEFAULT_CPR_CLAIM}), which the CPR number typed at the first login must equal.
 */
@ConfigurationProperties(prefix = "canteen.oidc")
record OidcClientProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes,
                            String cprClaim) {

    /** The demo MitID's claim (and Idura / Criipto's for MitID). */
    static final String DEFAULT_CPR_CLAIM = "cprNumberIdentifier";

    OidcClientProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        cprClaim = cprClaim == null || cprClaim.isBlank() ? DEFAULT_CPR_CLAIM : cprClaim.strip();
    }

    @Override
    public String toString() {
        return "OidcClientProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + "]";
    }
}
