package dk.kantinekort.embedded.mitid;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the demo provider is told by the launcher ({@code canteen.idp.*}): its own issuer URL, the portal's
 * client credentials and the portal's base URL, from which the registered redirect URIs follow exactly.
 */
@ConfigurationProperties(prefix = "canteen.idp")
record IdpSettings(String issuer, String clientId, String clientSecret, String portalUrl) {

    /** Where the portal receives the authorization code (Spring Security's default callback path). */
    String redirectUri() {
        return portalUrl + "/login/oauth2/code/mitid";
    }

    /** Where the provider sends the browser after logout: the portal's login page, port included. */
    String postLogoutRedirectUri() {
        return portalUrl + "/login";
    }
}
