package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.payment.DepositView;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the receipt page shows of a deposit while it waits for the provider, decided without a browser. It
 * keeps asking while the deposit is open, for at most {@code patience}; a paid or given-up deposit, or one
 * the citizen cancelled on the provider's page, is final at once.
 */
public final class DepositWatch {

    /** What the page shows. */
    enum Outcome {
        /** Open, no answer yet (or the read side has not seen the deposit yet). */
        WAITING,
        PAID,
        /** Open with a refused attempt: the reason and the guide's advice. */
        DECLINED,
        /** Cancelled on the provider's page without a refused attempt: no money taken. */
        CANCELLED,
        /** Given up without money taken. */
        ABANDONED,
        /** Still open after the wait: being processed; the balance follows when the provider confirms. */
        PROCESSING,
        /** The read side never knew it. */
        NOT_FOUND
    }

    /** The outcome and whether to keep asking. */
    record State(Outcome outcome, boolean keepPolling) {
    }

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Instant started;
    private final boolean cancelled;
    private final Duration patience;

    DepositWatch(Instant started, boolean cancelled, Duration patience) {
        this.started = started;
        this.cancelled = cancelled;
        this.patience = patience;
    }

    State see(Optional<DepositView> deposit, Instant now) {
        boolean patient = Duration.between(started, now).compareTo(patience) < 0;
        if (deposit.isEmpty()) {
            return patient ? new State(Outcome.WAITING, true) : new State(Outcome.NOT_FOUND, false);
        }
        DepositView d = deposit.get();
        switch (d.state()) {
            case PAID:
                return new State(Outcome.PAID, false);
            case ABANDONED:
                return new State(Outcome.ABANDONED, false);
            default:
                break;
        }
        if (cancelled) {
            return new State(d.lastDecline() != null ? Outcome.DECLINED : Outcome.CANCELLED, false);
        }
        if (d.lastDecline() != null) {
            // shown at once; a later attempt on the provider's page may still succeed, so keep asking a while
            return new State(Outcome.DECLINED, patient);
        }
        return patient ? new State(Outcome.WAITING, true) : new State(Outcome.PROCESSING, false);
    }
}
