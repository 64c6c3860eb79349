package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Udbetaling (F8): ask for the remaining balance to be paid to a Danish bank account (reg.nr. 4 digits,
 * kontonr. up to 10 digits). Staff approve or reject it; blocked cards may be paid out too.
 */
public record RequestPayout(@TargetAggregateIdentifier String accountId, String payoutId, String registrationNumber,
                            String bankAccountNumber) implements AccountScoped {
}
