package dk.kantinekort.ui.staff.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.kantinekort.ui.security.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import dk.kantinekort.ui.shell.Routes;

/** Where staff land ({@code /backoffice}, also after login): the first page their roles open. */
@Route(value = Routes.BACKOFFICE, layout = BackofficeLayout.class)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class BackofficeStartView extends Div implements BeforeEnterObserver {

    private final CurrentStaff currentStaff;

    BackofficeStartView(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        for (StaffMenuItem item : StaffMenuItem.values()) {
            if (currentStaff.hasRole(item.role())) {
                event.forwardTo(item.route());
                return;
            }
        }
    }
}
