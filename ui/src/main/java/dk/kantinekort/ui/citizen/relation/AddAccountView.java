package dk.kantinekort.ui.citizen.relation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import com.vaadin.flow.server.VaadinRequest;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/**
 * "Tilføj konto" (F3): ask for access to another person's accounts by CPR number and, optionally, a card
 * number. The right pair links at once; anything else waits for the owner, and the page then says so in words
 * that never tell whether the CPR number exists.
 */
@Route(value = Routes.ADD_ACCOUNT, layout = MainLayout.class)
@PermitAll
public class AddAccountView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(AddAccountView.class);

    private final PortalCommands commands;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;
    private final PortalRateLimits rateLimits;

    private final TextField cpr = new TextField();
    private final TextField card = new TextField();
    private final Button next = new Button();
    // both live regions exist from the start: screen readers ignore regions that appear with their text
    private final Div status = new Div();
    private final Div alert = new Div();

    AddAccountView(PortalCommands commands, CurrentCitizen currentCitizen, Branding branding,
                   PortalRateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.commands = commands;
        this.currentCitizen = currentCitizen;
        this.branding = branding;

        cpr.setId("cpr");
        cpr.setLabel(getTranslation("relation.add.cpr"));
        cpr.setRequiredIndicatorVisible(true);
        cpr.setAutocomplete(Autocomplete.OFF);
        cpr.setMaxLength(11);
        cpr.addValueChangeListener(change -> cpr.setInvalid(false));

        card.setId("card-number");
        card.setLabel(getTranslation("relation.add.card"));
        card.setHelperText(getTranslation("relation.add.card.helper"));
        card.setAutocomplete(Autocomplete.OFF);
        card.addValueChangeListener(change -> {
            card.setInvalid(false);
            // shown the way the card prints it; the ledger gets the same normalised form anyway
            if (change.isFromClient() && LinkRequestInput.cardProblem(change.getValue()).isEmpty()
                    && LinkRequestInput.card(change.getValue()) != null) {
                card.setValue(LinkRequestInput.card(change.getValue()));
            }
        });

        next.setId("next");
        next.setText(getTranslation("relation.add.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> submit());

        status.setId("link-outcome");
        status.getElement().setAttribute("role", "status");
        alert.setId("link-problem");
        alert.getElement().setAttribute("role", "alert");
        alert.addClassName("link-problem");

        cpr.setWidth("20em");
        card.setWidth("20em");
        card.addClassName("card-number-field"); // shown in capitals, as printed on the card
        Div messages = new Div(status, alert);
        add(new H2(getTranslation("relation.add.title")), new Paragraph(getTranslation("relation.add.intro")),
                messages, cpr, card, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CitizenGuard.admits(event, currentCitizen);
    }

    private void submit() {
        Optional<String> cprProblem = LinkRequestInput.cprProblem(cpr.getValue());
        Optional<String> cardProblem = LinkRequestInput.cardProblem(card.getValue());
        cprProblem.ifPresent(key -> invalid(cpr, key));
        cardProblem.ifPresent(key -> invalid(card, key));
        if (cprProblem.isPresent()) {
            cpr.focus();
            return;
        }
        if (cardProblem.isPresent()) {
            card.focus();
            return;
        }
        hideOutcome();
        // per source address, before the ledger: guessing CPR and card numbers from many accounts is slowed too
        Optional<Duration> wait = rateLimits.linkRequest(sourceAddress());
        if (wait.isPresent()) {
            showOutcome(getTranslation("relation.add.too-many", Math.max(1, (wait.get().toSeconds() + 59) / 60)), true);
            return;
        }
        next.setEnabled(false); // one request per click, however impatient
        try {
            LinkRequestOutcome answer = commands.send(new RequestAccountLink(UUID.randomUUID().toString(),
                    currentCitizen.require(), Cpr.parse(cpr.getValue()), LinkRequestInput.card(card.getValue())));
            answered(answer);
        } catch (RejectedException refusal) {
            refused(refusal);
        } catch (IllegalStateException e) {
            log.warn("Link request not delivered: {}", e.toString());
            showOutcome(getTranslation(RelationRefusals.UNAVAILABLE), true);
        } finally {
            next.setEnabled(true);
        }
    }

    private static String sourceAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    private void answered(LinkRequestOutcome answer) {
        if (answer != null && answer.status() == RelationStatus.ACTIVE) {
            Notification notice = Notification.show(getTranslation("relation.add.linked"));
            notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(Routes.MY_ACCOUNTS); // Mine Konti, where the new person now is
            return;
        }
        cpr.clear();
        card.clear();
        showOutcome(getTranslation("relation.add.pending"), false);
    }

    private void refused(RejectedException refusal) {
        RejectionCode code = RelationRefusals.codeOf(refusal);
        if (code == RejectionCode.INVALID_REQUEST) {
            // the command side's answer to one's own CPR number: it belongs next to the field
            invalid(cpr, RelationRefusals.messageKey(code));
            cpr.focus();
        } else {
            showOutcome(getTranslation(RelationRefusals.messageKey(code)), true);
        }
    }

    private void invalid(TextField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }

    /** A problem is read out at once (alert); the pending notice when the screen reader is idle (status). */
    private void showOutcome(String text, boolean problem) {
        hideOutcome();
        (problem ? alert : status).add(new Paragraph(text));
    }

    private void hideOutcome() {
        status.removeAll();
        alert.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("relation.add.title") + " – " + branding.name();
    }
}
