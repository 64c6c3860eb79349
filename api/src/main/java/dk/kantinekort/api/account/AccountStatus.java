package dk.kantinekort.api.account;

/** Whether a card account can be used at the tills. */
public enum AccountStatus {
    ACTIVE,
    BLOCKED
}
