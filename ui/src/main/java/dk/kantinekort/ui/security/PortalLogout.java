package dk.kantinekort.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * "Log ud": ends the portal session and, through OpenID Connect RP-initiated logout, the broker's session;
 * the broker sends the browser back to the login page. For the layout's logout button.
 */
@Component
public class PortalLogout {

    private final AuthenticationContext authenticationContext;

    PortalLogout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** Logs the citizen out; call from a UI event (it navigates the browser away). */
    public void logout() {
        authenticationContext.logout();
    }
}
