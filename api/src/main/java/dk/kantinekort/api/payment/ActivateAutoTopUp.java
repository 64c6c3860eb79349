package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider saved the card of a pending agreement: top-up is on. */
public record ActivateAutoTopUp(@TargetAggregateIdentifier String accountId, String agreementId, String paymentId, String savedCardToken, String cardBrand, String maskedPan, String cardExpiry) {
}
