package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import java.util.EnumSet;
import java.util.Set;

/** The bundle key of the Danish text for a refusal the payment pages can meet; anything else gets a general text. */
final class PaymentRefusals {

    private static final Set<RejectionCode> EXPLAINED = EnumSet.of(RejectionCode.ACCOUNT_BLOCKED,
            RejectionCode.BALANCE_LIMIT_EXCEEDED, RejectionCode.INVALID_REQUEST,
            RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE, RejectionCode.ACCESS_DENIED, RejectionCode.ACCOUNT_NOT_FOUND,
            RejectionCode.NOTHING_TO_PAY_OUT, RejectionCode.PAYOUT_ALREADY_REQUESTED,
            RejectionCode.AUTO_TOP_UP_ALREADY_ACTIVE, RejectionCode.NO_AUTO_TOP_UP,
            RejectionCode.TYPED_BANK_ACCOUNT_NOT_ALLOWED, RejectionCode.NO_PAYOUT_REQUESTED);

    private PaymentRefusals() {
    }

    static String messageKey(RejectedException refusal) {
        RejectionCode code = RejectedException.rejectionOf(refusal).map(Rejection::code).orElse(null);
        return code != null && EXPLAINED.contains(code) ? "payment.rejected." + code.name() : "payment.rejected.other";
    }
}
