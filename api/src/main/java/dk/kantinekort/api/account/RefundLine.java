package dk.kantinekort.api.account;

/** A quantity of one purchased item that is given back. */
public record RefundLine(String sku, int quantity) {
}
