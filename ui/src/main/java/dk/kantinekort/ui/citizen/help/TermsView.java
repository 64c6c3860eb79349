package dk.kantinekort.ui.citizen.help;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.shell.Routes;

/** "Handelsbetingelser og vilkår": the municipality's terms, readable before logging in or paying. */
@Route(value = Routes.TERMS, layout = MainLayout.class)
@AnonymousAllowed
public class TermsView extends DocumentPage {

    TermsView(MunicipalitySettings settings, Branding branding) {
        super("terms.title", settings.terms(), branding);
        setId("terms");
    }
}
