package dk.kantinekort.api.offline;

/** The offline sales booked on an account, newest first; answers a list of {@link OfflineSaleView}. */
public record ListOfflineSales(String accountId) {
}
