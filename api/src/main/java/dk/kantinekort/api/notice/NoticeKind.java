package dk.kantinekort.api.notice;

/** What a citizen can be mailed about on a card account (Notifikationer). */
public enum NoticeKind {
    /** Each till purchase charged to the account. */
    PURCHASE,
    /** Each till purchase that was refused, with the reason. */
    DECLINED_PURCHASE,
    /** The balance went under the amount the citizen chose (once per crossing). */
    LOW_BALANCE,
    /** An automatic top-up, a webshop order or a subscription period could not be charged. */
    FAILED_CHARGE
}
