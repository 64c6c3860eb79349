package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credits a deposit the provider has charged; once per deposit, whatever the number of signals. */
public record SettleDeposit(@TargetAggregateIdentifier String accountId, String depositId, String paymentId, Money charged, String cardBrand, String maskedPan) {
}
