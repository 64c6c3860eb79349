package dk.kantinekort.api.notice;

/** How the chosen notices reach the citizen: one mail each, or one mail a day with all of the day's notices. */
public enum NoticeDelivery {
    INSTANT,
    DAILY_DIGEST
}
