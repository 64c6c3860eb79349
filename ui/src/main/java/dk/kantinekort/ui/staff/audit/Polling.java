package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The browser calls back every second while something on the page waits (a check, a rebuild); each waiting part
 * says after each call whether it is done, and the polling stops when none waits. The portal uses no server push.
 */
final class Polling {

    static final int INTERVAL_MILLIS = 1_000;

    private final List<BooleanSupplier> waiting = new ArrayList<>();
    private Registration registration;
    private UI ui;

    /** Calls {@code tick} on every poll until it answers true (done). */
    void until(UI ui, BooleanSupplier tick) {
        waiting.add(tick);
        if (registration == null) {
            this.ui = ui;
            ui.setPollInterval(INTERVAL_MILLIS);
            registration = ui.addPollListener(event -> {
                for (BooleanSupplier waiter : List.copyOf(waiting)) { // a tick may start another wait
                    if (waiter.getAsBoolean()) {
                        waiting.remove(waiter);
                    }
                }
                if (waiting.isEmpty()) {
                    stop();
                }
            });
        }
    }

    void stop() {
        waiting.clear();
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
            ui = null;
        }
    }
}
