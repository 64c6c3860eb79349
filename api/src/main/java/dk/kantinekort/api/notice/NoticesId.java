package dk.kantinekort.api.notice;

/** The id of an account's notice settings: {@code notices-<accountId>}, never the account's own id. */
public final class NoticesId {

    private static final String PREFIX = "notices-";

    private NoticesId() {
    }

    public static String of(String accountId) {
        return PREFIX + accountId;
    }
}
