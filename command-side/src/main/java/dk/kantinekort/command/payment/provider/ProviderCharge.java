package dk.kantinekort.command.payment.provider;

import java.time.Instant;

/** One charge of a payment, as the provider reports it. */
public record ProviderCharge(String chargeId, long amountOre, Instant created) {
}
