package dk.kantinekort.command.transfer;

import dk.kantinekort.api.error.RejectionCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Internal to the transfer process: give a refused transfer's debit back to its source; idempotent by transfer id. */
public record ReverseTransfer(@TargetAggregateIdentifier String fromAccountId, String transferId,
                              RejectionCode reason) {
}
