package dk.kantinekort.ui.payment;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.ui.session.PortalCommands;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page the provider's hosted page sends the citizen back to: it tells the command side the payment may have
 * changed (the webhook does the same, and the ledger credits at most once, so a failure here only means the
 * webhook decides), then follows what it shows by polling while {@link #refresh()} says it is worth asking again.
 */
public abstract class ProviderReturnView extends Div {

    private static final Logger log = LoggerFactory.getLogger(ProviderReturnView.class);

    private final PortalCommands commands;
    private final PagePolling polling = new PagePolling();
    private boolean pollWhenAttached;

    protected ProviderReturnView(PortalCommands commands) {
        this.commands = commands;
    }

    /** Shows the state as it is now; true while it is worth asking again. */
    protected abstract boolean refresh();

    protected void confirmPayment(Optional<String> paymentId) {
        paymentId.filter(id -> !id.isBlank()).ifPresent(id -> commands.sendAsync(new ConfirmPayment(id))
                .exceptionally(failure -> {
                    log.debug("ConfirmPayment on return not accepted: {}", failure.toString());
                    return null;
                }));
    }

    /** Shows the state and keeps polling while it may still change. */
    protected void follow() {
        if (refresh()) {
            pollWhenAttached = true;
            getUI().ifPresent(this::startPolling);
        }
    }

    protected void stopFollowing() {
        polling.stop();
        pollWhenAttached = false;
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
