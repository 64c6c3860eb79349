package dk.kantinekort.api.scheme;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** Automatic top-up agreements made from now on top up under this balance. */
@Revision("1")
public record AutoTopUpThresholdChanged(String schemeId, Money threshold) {
}
