package dk.kantinekort.ui.citizen.help;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.shell.Routes;

/**
 * Tilgængelighedserklæring, required of public bodies by the Danish web accessibility act: status, known
 * limits, how to give feedback, and how to complain to Digitaliseringsstyrelsen. The text is the municipality's.
 */
@Route(value = Routes.ACCESSIBILITY, layout = MainLayout.class)
@AnonymousAllowed
public class AccessibilityView extends DocumentPage {

    AccessibilityView(MunicipalitySettings settings, Branding branding) {
        super("accessibility.title", settings.accessibility(), branding);
        setId("accessibility");
    }
}
