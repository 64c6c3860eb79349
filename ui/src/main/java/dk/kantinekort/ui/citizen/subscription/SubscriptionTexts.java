package dk.kantinekort.ui.citizen.subscription;

import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Bundle keys and dates for the Abonnementer pages: periods, refusals, the advice for a failed charge. */
final class SubscriptionTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Refusals the pages word themselves; others get a general text. */
    private static final Set<RejectionCode> WORDED = EnumSet.of(RejectionCode.NOT_OFFERED,
            RejectionCode.ACCOUNT_BLOCKED, RejectionCode.ACCESS_DENIED, RejectionCode.ACCOUNT_NOT_FOUND,
            RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE, RejectionCode.INVALID_REQUEST);

    private SubscriptionTexts() {
    }

    /** "pr. uge" / "pr. måned". */
    static String periodKey(SubscriptionPeriod period) {
        return "subscription.period." + period.name();
    }

    static String refusalKey(RejectedException refusal) {
        RejectionCode code = RejectedException.rejectionOf(refusal).map(Rejection::code).orElse(null);
        return code != null && WORDED.contains(code) ? "subscription.rejected." + code.name()
                : "subscription.rejected.other";
    }

    /** What to do when a period could not be charged, one bundle key a line. */
    static List<String> adviceKeys(PaymentDeclineReason reason) {
        return List.of("subscription.advice." + reason.name(), "subscription.advice.not-retried");
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }
}
