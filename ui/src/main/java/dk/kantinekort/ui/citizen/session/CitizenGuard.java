package dk.kantinekort.ui.citizen.session;

import com.vaadin.flow.router.BeforeEnterEvent;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Routes;

/**
 * For pages that act for a citizen: a login whose identity is not linked to a CPR number yet goes to "cpr",
 * a visitor without a login to "login". The security configuration normally sees to both first; this keeps a
 * page from ever running without a citizen.
 */
public final class CitizenGuard {

    private CitizenGuard() {
    }

    /** True when a citizen is logged in; otherwise forwards and answers false. */
    public static boolean admits(BeforeEnterEvent event, CurrentCitizen currentCitizen) {
        if (currentCitizen.citizenId().isPresent()) {
            return true;
        }
        event.forwardTo(currentCitizen.subject().isPresent() ? Routes.CPR : Routes.LOGIN);
        return false;
    }
}
