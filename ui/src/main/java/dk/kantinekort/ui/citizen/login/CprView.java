package dk.kantinekort.ui.citizen.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.ui.security.LoginIdentity;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/**
 * "Indtast CPR-nummer" (F1): the first login of an identity links it to a person by CPR number. Every
 * protected route leads here until the identity is linked ({@link LinkedIdentityGuard}); a linked citizen is
 * sent on to Mine Konti. The typed number is the citizen's consent; the command side links only when it equals
 * the CPR number the broker asserts for the identity, which is taken from the login's claims and never from the
 * page. The number is sent once and never shown or logged.
 */
@Route(value = Routes.CPR, layout = MainLayout.class)
@PermitAll
public class CprView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CprView.class);

    private final Branding branding;
    private final CurrentCitizen currentCitizen;
    private final LoginIdentity loginIdentity;
    private final PortalCommands commands;
    private final TextField cpr = new TextField();

    CprView(Branding branding, CurrentCitizen currentCitizen, LoginIdentity loginIdentity, PortalCommands commands) {
        this.branding = branding;
        this.currentCitizen = currentCitizen;
        this.loginIdentity = loginIdentity;
        this.commands = commands;
        addClassNames(LumoUtility.MaxWidth.SCREEN_SMALL);

        cpr.setId("cpr");
        cpr.setLabel(getTranslation("cpr.label"));
        cpr.setHelperText(getTranslation("cpr.helper"));
        cpr.setRequiredIndicatorVisible(true);
        cpr.setMaxLength(11);
        cpr.setAllowedCharPattern("[0-9-]");
        cpr.setAutocomplete(Autocomplete.OFF);
        cpr.getElement().setAttribute("inputmode", "numeric");
        cpr.setWidthFull();
        cpr.addValueChangeListener(change -> cpr.setInvalid(false));

        Button next = new Button(getTranslation("cpr.submit"), click -> submit());
        next.setId("cpr-submit");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);

        add(new H2(getTranslation("cpr.title")), new Paragraph(getTranslation("cpr.intro")), cpr, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentCitizen.citizenId().isPresent()) {
            event.forwardTo(Routes.MY_ACCOUNTS);
        }
    }

    /** Validates next to the field, then links; a refusal is explained next to the field too. */
    void submit() {
        var problem = CprValidation.problem(cpr.getValue());
        if (problem.isPresent()) {
            showProblem(problem.get());
            return;
        }
        LoginIdentity.Claims identity = loginIdentity.current()
                .orElseThrow(() -> new IllegalStateException("The CPR page needs a logged-in identity"));
        try {
            commands.send(new LinkIdentity(identity.subject(), Cpr.parse(cpr.getValue()), identity.assertedCpr(),
                    identity.name(), identity.email()));
        } catch (RejectedException e) {
            showProblem(RejectedException.rejectionOf(e).map(r -> messageFor(r.code())).orElse("cpr.error.unavailable"));
            return;
        } catch (IllegalStateException e) {
            log.warn("Linking a login identity failed: {}", e.getMessage());
            showProblem("cpr.error.unavailable");
            return;
        }
        cpr.clear();
        getUI().ifPresent(ui -> ui.navigate(Routes.MY_ACCOUNTS));
    }

    private static String messageFor(RejectionCode code) {
        return switch (code) {
            case CPR_NOT_CONFIRMED -> "cpr.error.not-confirmed";
            case CPR_LINKED_TO_OTHER_IDENTITY -> "cpr.error.linked-to-other";
            case IDENTITY_ALREADY_LINKED -> "cpr.error.identity-linked";
            case INVALID_REQUEST -> CprValidation.FORMAT;
            default -> "cpr.error.unavailable";
        };
    }

    private void showProblem(String messageKey) {
        cpr.setErrorMessage(getTranslation(messageKey));
        cpr.setInvalid(true);
        cpr.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cpr.title") + " – " + branding.name();
    }
}
