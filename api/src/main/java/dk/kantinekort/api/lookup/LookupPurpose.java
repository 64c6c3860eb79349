package dk.kantinekort.api.lookup;

/** What the look-up showed: Support's search, an account's event history or balance, an export, a person's data. */
public enum LookupPurpose { SUPPORT_SEARCH, ACCOUNT_HISTORY, BALANCE_AT, HISTORY_EXPORT, PERSONAL_DATA_EXPORT }
