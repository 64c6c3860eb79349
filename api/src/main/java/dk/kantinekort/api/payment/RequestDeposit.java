package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A deposit as the terms price it (fee, sealed receipt e-mail, checked links): the account opens it or refuses. */
public record RequestDeposit(@TargetAggregateIdentifier String accountId, String depositId, Money amount, Money fee, DepositMethod method, SealedData receiptEmail, PaymentPageLinks links) implements AccountScoped {
}
