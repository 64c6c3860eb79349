package dk.kantinekort.ui.citizen.login;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.ui.security.PortalSecurityConfiguration;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.shell.Routes;

/**
 * The public start for anyone not logged in: "Log på med MitID" starts the OpenID Connect code flow. A failed
 * login comes back here with {@code ?error}; a logged-in citizen is sent on to Mine Konti.
 */
@Route(value = Routes.LOGIN, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Branding branding;
    private final CurrentCitizen currentCitizen;
    private final Paragraph failure = new Paragraph();

    LoginView(Branding branding, CurrentCitizen currentCitizen) {
        this.branding = branding;
        this.currentCitizen = currentCitizen;
        H2 title = new H2(getTranslation("login.title"));

        failure.setId("login-failed");
        failure.getElement().setAttribute("role", "alert");
        failure.addClassNames(LumoUtility.TextColor.ERROR);
        failure.setVisible(false);

        Button mitId = new Button(getTranslation("login.mitid"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(authorizationPath())));
        mitId.setId("login-mitid");
        mitId.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);

        add(title, new Paragraph(getTranslation("login.intro")), failure, mitId,
                new Paragraph(getTranslation("login.first-time")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentCitizen.subject().isPresent()) {
            event.forwardTo(Routes.MY_ACCOUNTS);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        failure.setText(failed ? getTranslation("login.failed") : "");
        failure.setVisible(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + branding.name();
    }

    /** Relative to the page's base, so the portal also works under a context path. */
    private static String authorizationPath() {
        return PortalSecurityConfiguration.AUTHORIZATION_PATH.substring(1);
    }
}
