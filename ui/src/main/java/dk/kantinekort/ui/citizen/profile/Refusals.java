package dk.kantinekort.ui.citizen.profile;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import java.util.EnumSet;
import java.util.Set;

/** The bundle key of the Danish text for a refusal this page can meet; anything else gets a general text. */
final class Refusals {

    private static final Set<RejectionCode> EXPLAINED = EnumSet.of(RejectionCode.INSUFFICIENT_FUNDS,
            RejectionCode.REPLACEMENT_ALREADY_ORDERED, RejectionCode.ACCESS_DENIED, RejectionCode.ACCOUNT_NOT_FOUND,
            RejectionCode.INVALID_REQUEST, RejectionCode.CARD_BLOCKED_BY_STAFF, RejectionCode.ADDRESS_REQUIRED,
            RejectionCode.TEMPORARY_CARD_NOT_NEEDED, RejectionCode.PART_SWITCHED_OFF, RejectionCode.ACCOUNT_BLOCKED);

    private Refusals() {
    }

    static String messageKey(RejectedException refusal) {
        RejectionCode code = RejectedException.rejectionOf(refusal).map(r -> r.code()).orElse(null);
        return code != null && EXPLAINED.contains(code) ? "profile.rejected." + code.name() : "profile.rejected.other";
    }
}
