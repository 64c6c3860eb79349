package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.card.CardNumber;

/**
 * The ledger's answer to {@link CheckTemporaryCard}: the account and the temporary card's id (never the signed code),
 * and why a till would refuse the code now ({@code TEMPORARY_CARD_INVALID}, {@code …_EXPIRED}, {@code …_REVOKED},
 * {@code ACCOUNT_BLOCKED}); {@code refusal} is null while it works. {@code accountId} is null for an invalid code.
 */
public record TemporaryCardCheck(String accountId, CardNumber temporaryCardId, DeclineReason refusal) {

    /** A code that is no temporary card of any account (forged, unknown, or the part is switched off). */
    public static TemporaryCardCheck invalid() {
        return new TemporaryCardCheck(null, null, DeclineReason.TEMPORARY_CARD_INVALID);
    }
}
