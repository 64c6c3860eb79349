package dk.kantinekort.ui.staff.session;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What became of a staff action, as a bundle key for the page to say; {@code done} when the ledger accepted it. */
public record Outcome(boolean done, String messageKey) {

    private static final Logger log = LoggerFactory.getLogger(Outcome.class);
    /** Refusals the back office words itself; others get a general text. */
    private static final Set<RejectionCode> WORDED = EnumSet.of(RejectionCode.NOTHING_TO_PAY_OUT,
            RejectionCode.NO_PAYOUT_REQUESTED, RejectionCode.NO_REPLACEMENT_ORDERED, RejectionCode.ACCOUNT_NOT_FOUND,
            RejectionCode.INVALID_REQUEST, RejectionCode.ACCOUNT_BLOCKED, RejectionCode.BALANCE_LIMIT_EXCEEDED,
            RejectionCode.PAYMENT_NOT_FOUND, RejectionCode.TILL_UNKNOWN, RejectionCode.NOT_OFFERED,
            RejectionCode.BALANCE_REMAINING);

    public static Outcome done(String messageKey) {
        return new Outcome(true, messageKey);
    }

    public static Outcome refused(String messageKey) {
        return new Outcome(false, messageKey);
    }

    /** Runs a command; a refusal or an unreachable ledger becomes the matching text. */
    public static Outcome of(Runnable action, String doneKey) {
        try {
            action.run();
            return done(doneKey);
        } catch (RejectedException refusal) {
            RejectionCode code = RejectedException.rejectionOf(refusal).map(Rejection::code).orElse(null);
            return refused(code != null && WORDED.contains(code)
                    ? "backoffice.refused." + code.name() : "backoffice.refused.other");
        } catch (IllegalStateException unavailable) {
            log.warn("Staff action failed: {}", unavailable.toString());
            return refused("backoffice.unavailable");
        }
    }
}
