package dk.kantinekort.ui.login;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.ui.session.CurrentCitizen;
import org.springframework.stereotype.Component;

/**
 * Until a logged-in identity is linked to a person, every protected route leads to "Indtast CPR-nummer":
 * no page that acts for a citizen opens without knowing which citizen. Public pages stay reachable.
 */
@Component
class LinkedIdentityGuard implements VaadinServiceInitListener {

    private final CurrentCitizen currentCitizen;

    LinkedIdentityGuard(CurrentCitizen currentCitizen) {
        this.currentCitizen = currentCitizen;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == CprView.class || target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        if (currentCitizen.subject().isPresent() && currentCitizen.citizenId().isEmpty()) {
            event.forwardTo(CprView.class);
        }
    }
}
