package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Asks the browser to call back every second while a page waits for the ledger or the provider; stops for good when told. */
public final class PagePolling {

    static final int INTERVAL_MILLIS = 1_000;

    private Registration registration;
    private UI ui;

    /** Starts polling this UI (the portal does not use server push). */
    public void start(UI ui, Runnable tick) {
        stop();
        this.ui = ui;
        ui.setPollInterval(INTERVAL_MILLIS);
        registration = ui.addPollListener(event -> tick.run());
    }

    public void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
            ui = null;
        }
    }

    public boolean running() {
        return registration != null;
    }
}
