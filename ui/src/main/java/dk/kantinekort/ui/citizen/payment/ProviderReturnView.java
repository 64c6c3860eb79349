package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.shell.LinkParameter;
import dk.kantinekort.ui.shell.PagePolling;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page the provider's hosted page sends the citizen back to, {@code <route>?<reference>=<id>&konto=<accountId>
 * [&annulleret=1]&paymentId=<id>}: only for an account the citizen may act on, it tells the command side the
 * payment may have changed (the webhook does the same, and the ledger credits at most once, so a failure here only
 * means the webhook decides), then follows what it shows by polling while {@link #refresh()} says it is worth
 * asking again. Each page names its reference parameter and says what it shows.
 */
public abstract class ProviderReturnView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ACCOUNT_PARAMETER = "konto";
    public static final String CANCELLED_PARAMETER = "annulleret";
    public static final String PAYMENT_PARAMETER = "paymentId";
    private static final Logger log = LoggerFactory.getLogger(ProviderReturnView.class);

    private final PortalCommands commands;
    private final AccountSelection selection;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;
    private final String titleKey;
    private final PagePolling polling = new PagePolling();
    private boolean pollWhenAttached;
    /** What the page shows; read out politely as it changes. */
    protected final Div content = new Div();
    protected final Clock clock;
    private Instant started;

    /** A page with the id {@code id}, its content {@code id-content}, under the heading {@code titleKey}. */
    protected ProviderReturnView(PortalCommands commands, AccountSelection selection, CurrentCitizen currentCitizen,
                                 Branding branding, Clock clock, String id, String titleKey) {
        this.commands = commands;
        this.selection = selection;
        this.currentCitizen = currentCitizen;
        this.branding = branding;
        this.clock = clock;
        this.titleKey = titleKey;
        setId(id);
        setMaxWidth("48rem");
        content.setId(id + "-content");
        content.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation(titleKey)), content);
    }

    /** The query parameter with the id of what was paid for. */
    protected abstract String referenceParameter();

    /** The link was not for this citizen, or it lacks the account or the reference. */
    protected abstract void showNotAvailable();

    /** The query side did not answer. */
    protected abstract void showUnavailable(IllegalStateException failure);

    /** The account and the reference of the link, checked; called before the payment is confirmed. */
    protected abstract void remember(String accountId, String reference);

    /**
     * The citizen cancelled on the provider's page: shows what that means and returns true, or returns false
     * to follow as usual.
     */
    protected abstract boolean showCancelled();

    /** Shows the state as it is now; true while it is worth asking again. */
    protected abstract boolean refresh();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        open(LinkParameter.first(event, ACCOUNT_PARAMETER), LinkParameter.first(event, referenceParameter()),
                LinkParameter.first(event, PAYMENT_PARAMETER), LinkParameter.first(event, CANCELLED_PARAMETER).isPresent());
    }

    /** What the page does with a return link's parameters; safe to call again (a reload). */
    protected void open(Optional<String> account, Optional<String> reference, Optional<String> paymentId,
                        boolean cancelled) {
        stopFollowing();
        content.removeAll();
        try {
            if (account.flatMap(selection::accessible).isEmpty() || reference.isEmpty()) {
                showNotAvailable();
                return;
            }
        } catch (IllegalStateException e) {
            showUnavailable(e);
            return;
        }
        remember(account.get(), reference.get());
        confirmPayment(paymentId);
        if (cancelled && showCancelled()) {
            return;
        }
        follow();
    }

    private void confirmPayment(Optional<String> paymentId) {
        paymentId.filter(id -> !id.isBlank()).ifPresent(id -> commands.sendAsync(new ConfirmPayment(id))
                .exceptionally(failure -> {
                    log.debug("ConfirmPayment on return not accepted: {}", failure.toString());
                    return null;
                }));
    }

    /** Shows the state and keeps polling while it may still change. */
    private void follow() {
        started = clock.instant();
        if (refresh()) {
            pollWhenAttached = true;
            getUI().ifPresent(this::startPolling);
        }
    }

    private void stopFollowing() {
        polling.stop();
        pollWhenAttached = false;
    }

    /** When the page began to follow. */
    protected Instant started() {
        return started;
    }

    /** True while the page has followed for less than {@code patience}. */
    protected boolean patient(Duration patience) {
        return Duration.between(started, clock.instant()).compareTo(patience) < 0;
    }

    /** A line about the state, read out when it appears. */
    protected Paragraph status(String id, String text) {
        Paragraph status = new Paragraph(text);
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        status.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return status;
    }

    /** "Waiting" with an indeterminate progress bar, both named by {@code text}. */
    protected void showWaiting(String id, String text) {
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", text);
        content.add(status(id, text), progress);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + branding.name();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (pollWhenAttached && !polling.running()) {
            startPolling(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polling.stop();
    }

    private void startPolling(UI ui) {
        polling.start(ui, () -> {
            if (!refresh()) {
                stopFollowing();
            }
        });
    }
}
