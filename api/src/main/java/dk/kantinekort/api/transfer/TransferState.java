package dk.kantinekort.api.transfer;

/** Where a transfer is, as the citizen sees it: on its way, done, or given back (nothing moved). */
public enum TransferState {
    PENDING,
    COMPLETED,
    REVERSED
}
