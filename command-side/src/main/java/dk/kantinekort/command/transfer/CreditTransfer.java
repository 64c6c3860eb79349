package dk.kantinekort.command.transfer;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Internal to the transfer process: credit a transfer's amount to its destination; idempotent by transfer id. Refused
 * (and then reversed) when the destination is blocked or would hold more than the balance limit.
 */
public record CreditTransfer(@TargetAggregateIdentifier String toAccountId, String transferId, String fromAccountId,
                             Money amount) {
}
