package dk.kantinekort.api.transfer;

import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;

/** A transfer as the read side knows it; {@code reason} says why a REVERSED transfer was refused, else null. */
public record TransferView(String transferId, String fromAccountId, String toAccountId, Money amount,
                           TransferState state, RejectionCode reason) {
}
