package dk.kantinekort.api.offline;

import java.util.List;

/** The cards that may not buy at a till while it is offline, and why; the till caches the list. */
public record OfflinePolicy(List<DeniedCard> deniedCards) {

    /** A card a till must refuse offline. */
    public record DeniedCard(String cardNumber, Reason reason) {
    }

    /** Why a card may not buy offline. */
    public enum Reason {
        /** The account has an open offline debt (balance below zero) until a deposit settles it. */
        OPEN_DEBT,
        /** The card is blocked. */
        CARD_BLOCKED,
        /** Staff blocked the whole account (decision record 21). */
        ACCOUNT_BLOCKED
    }
}
