package dk.kantinekort.ui.citizen.login;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.citizen.layout.AccessDeniedView;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.security.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import dk.kantinekort.ui.shell.Routes;

/**
 * Until a logged-in identity is linked to a person, every protected route leads to "Indtast CPR-nummer":
 * no page that acts for a citizen opens without knowing which citizen. Public pages stay reachable. Staff
 * are no citizens: they never see the CPR step, and the citizens' pages send them to the back office. Pages
 * with {@code @RolesAllowed} are staff pages; Vaadin's access control refuses them to everybody else.
 */
@Component
class LinkedIdentityGuard implements VaadinServiceInitListener {

    private final CurrentCitizen currentCitizen;
    private final CurrentStaff currentStaff;

    LinkedIdentityGuard(CurrentCitizen currentCitizen, CurrentStaff currentStaff) {
        this.currentCitizen = currentCitizen;
        this.currentStaff = currentStaff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        boolean staffPage = target.isAnnotationPresent(RolesAllowed.class);
        if (currentStaff.isStaff()) {
            keepStaffInTheBackOffice(event, target, staffPage);
        } else if (!staffPage && target != CprView.class) {
            sendAnUnlinkedIdentityToTheCprStep(event);
        }
    }

    /** The staff's rule: no citizen page. */
    private static void keepStaffInTheBackOffice(BeforeEnterEvent event, Class<?> target, boolean staffPage) {
        // a page of the other role (an ADMIN on Revision) is refused as such, not swapped for another page
        if (!staffPage && target != AccessDeniedView.class) {
            event.forwardTo(Routes.BACKOFFICE);
        }
    }

    /** The citizens' rule: no page that acts for a citizen before the identity is linked to one. */
    private void sendAnUnlinkedIdentityToTheCprStep(BeforeEnterEvent event) {
        if (currentCitizen.subject().isPresent() && currentCitizen.citizenId().isEmpty()) {
            event.forwardTo(CprView.class);
        }
    }
}
