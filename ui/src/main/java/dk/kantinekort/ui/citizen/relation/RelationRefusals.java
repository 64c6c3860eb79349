package dk.kantinekort.ui.citizen.relation;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import java.util.Set;

/** Bundle keys for why a link request or answer was refused; anything unexpected reads as a general text. */
public final class RelationRefusals {

    private static final Set<RejectionCode> EXPLAINED = Set.of(RejectionCode.LINK_NOT_PENDING,
            RejectionCode.ACCESS_DENIED, RejectionCode.TOO_MANY_ATTEMPTS, RejectionCode.INVALID_REQUEST);

    private RelationRefusals() {
    }

    /** e.g. {@code relation.refused.LINK_NOT_PENDING}. */
    public static String messageKey(RejectionCode code) {
        return code != null && EXPLAINED.contains(code) ? "relation.refused." + code.name() : "relation.refused.other";
    }

    /** The key for a refusal as {@link dk.kantinekort.ui.citizen.session.PortalCommands} throws it. */
    public static String messageKey(RejectedException refusal) {
        return messageKey(codeOf(refusal));
    }

    static RejectionCode codeOf(RejectedException refusal) {
        return RejectedException.rejectionOf(refusal).map(Rejection::code).orElse(null);
    }

    /** When the ledger could not be reached or did not answer. */
    public static final String UNAVAILABLE = "relation.unavailable";
}
