package dk.kantinekort.ui.security;

import dk.kantinekort.api.startup.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may read {@code /actuator/prometheus} of the portal: anyone in the embedded demo; outside it only a request with
 * {@code Authorization: Bearer <canteen.management.token>} (nobody while no token is configured).
 */
@Component
class ManagementToken implements AuthorizationManager<RequestAuthorizationContext> {

    private final boolean demo;
    private final byte[] token;

    ManagementToken(@Value("${" + DemoMode.PROPERTY + ":false}") boolean demo,
                    @Value("${canteen.management.token:}") String token) {
        this.demo = demo;
        this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(demo || presentsTheToken(context.getRequest()));
    }

    private boolean presentsTheToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
