package dk.kantinekort.api.transfer;

/** One transfer by id; answers a {@link TransferView}, or nothing while the read side has not seen it yet. */
public record FindTransfer(String transferId) {
}
