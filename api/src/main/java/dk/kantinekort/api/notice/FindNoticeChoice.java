package dk.kantinekort.api.notice;

/** The notices the citizen chose for the account; answers a {@link NoticeChoice}, or null when they chose none. */
public record FindNoticeChoice(String accountId, String citizenId) {
}
