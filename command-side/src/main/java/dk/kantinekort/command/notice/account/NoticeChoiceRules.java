package dk.kantinekort.command.notice.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.citizen.EmailAddress;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeKind;

/** What a choice of notices must be, whoever sends it: some kinds, a delivery, an address, a sane low balance. */
final class NoticeChoiceRules {

    private NoticeChoiceRules() {
    }

    static void check(ChooseNotices command) {
        if (command.kinds() == null || command.kinds().isEmpty() || command.kinds().stream().anyMatch(java.util.Objects::isNull)) {
            throw new RejectedException(INVALID_REQUEST, "Choose at least one kind of notice (or stop them)");
        }
        if (command.delivery() == null) {
            throw new RejectedException(INVALID_REQUEST, "Choose one mail each or a daily digest");
        }
        if (!EmailAddress.isValid(command.email())) {
            throw new RejectedException(INVALID_REQUEST, "The e-mail address is not valid");
        }
        if (command.kinds().contains(NoticeKind.LOW_BALANCE) && (command.lowBalanceBelow() == null
                || command.lowBalanceBelow().ore() < AccountNotices.MIN_THRESHOLD_ORE
                || command.lowBalanceBelow().ore() > AccountNotices.MAX_THRESHOLD_ORE)) {
            throw new RejectedException(INVALID_REQUEST, "A low balance is 1,00 kr. to 5.000,00 kr.");
        }
    }
}
