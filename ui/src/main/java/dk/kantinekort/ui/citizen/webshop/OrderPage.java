package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.ui.shell.PagePolling;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What "Vis ordrer" and "Vis" share: the citizen's guard, the heading and page title, a refusal message and a
 * confirmation, a cancellation sent to the ledger, and following the read model until it shows the cancellation.
 */
abstract class OrderPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How long the page follows the read model after a cancellation before it stops asking. */
    static final Duration CANCEL_PATIENCE = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(OrderPage.class);

    protected final AccountSelection selection;
    protected final WebshopQueries queries;
    private final PortalCommands commands;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;
    private final Clock clock;
    private final PagePolling polling = new PagePolling();
    private final String titleKey;

    /** A refusal or "try again", about the whole page. */
    protected final Paragraph message;
    /** What was done, read out politely. */
    protected final Paragraph done;

    /** {@code idPrefix} names the page's message ({@code <prefix>-message}) and confirmation ({@code <prefix>-done}). */
    OrderPage(String id, String titleKey, String idPrefix, AccountSelection selection, WebshopQueries queries,
              PortalCommands commands, CurrentCitizen currentCitizen, Branding branding,
              ObjectProvider<Clock> clock) {
        this.selection = selection;
        this.queries = queries;
        this.commands = commands;
        this.currentCitizen = currentCitizen;
        this.branding = branding;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.titleKey = titleKey;
        this.message = PaymentPanel.messageParagraph(idPrefix + "-message");
        this.done = WebshopComponents.status(idPrefix + "-done");
        setId(id);
        setMaxWidth("64rem");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        polling.stop();
        removeAll();
        add(new H2(getTranslation(titleKey)));
        enter(event);
    }

    /** Shows the page for the address's account (and order), below the heading. */
    protected abstract void enter(BeforeEnterEvent event);

    /**
     * Sends a cancellation; a refusal or a ledger that does not answer is said in {@link #message}.
     *
     * @return whether the ledger took it
     */
    protected boolean sendCancellation(Object command) {
        PaymentPanel.showMessage(message, null);
        PaymentPanel.showMessage(done, null);
        try {
            commands.send(command);
            return true;
        } catch (RejectedException refusal) {
            PaymentPanel.showMessage(message, getTranslation(WebshopTexts.refusalKey(refusal)));
        } catch (IllegalStateException unavailable) {
            log.warn("A webshop cancellation failed: {}", unavailable.toString());
            PaymentPanel.showMessage(message, getTranslation("webshop.unavailable"));
        }
        return false;
    }

    /**
     * The read model follows the ledger a moment later: asks {@code showsCancelled} (which shows the page again)
     * now and then each second until it says yes, at most {@link #CANCEL_PATIENCE}.
     */
    protected void followUntil(BooleanSupplier showsCancelled) {
        if (showsCancelled.getAsBoolean()) {
            return;
        }
        Instant until = clock.instant().plus(CANCEL_PATIENCE);
        getUI().ifPresent(ui -> polling.start(ui, () -> {
            if (showsCancelled.getAsBoolean() || !clock.instant().isBefore(until)) {
                polling.stop();
            }
        }));
    }

    /** Today in Copenhagen, by the injected clock. */
    protected LocalDate today() {
        return WebshopDates.today(clock);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polling.stop();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + branding.name();
    }
}
