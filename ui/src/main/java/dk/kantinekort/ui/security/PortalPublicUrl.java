package dk.kantinekort.ui.security;

import java.net.URI;

/**
 * {@code canteen.portal.public-url}: the address citizens reach the portal on. Required; the portal does not start
 * without an absolute http(s) address (the embedded default sets it from its own port). Every absolute address the
 * portal hands out (the payment provider's return links, the login's redirect and post-logout addresses) is built
 * from it, never from a request's Host or X-Forwarded-* headers, which the sender chooses.
 */
public final class PortalPublicUrl {

    public static final String PROPERTY = "canteen.portal.public-url";

    private PortalPublicUrl() {
    }

    /** The address with a trailing slash; IllegalStateException when it is missing or no absolute http(s) URL. */
    public static String require(String value) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " is required: the address citizens reach the portal on,"
                    + " e.g. https://kantinekort.gladsaxe.dk (CANTEEN_PORTAL_PUBLIC_URL)");
        }
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be an absolute http(s) URL: " + url, e);
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
