package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a top-up agreement waiting for its saved card. */
public record RequestAutoTopUpSignup(@TargetAggregateIdentifier String accountId, String agreementId, Money amount, Money fee, Money threshold, SealedData receiptEmail, PaymentPageLinks links) implements AccountScoped {
}
