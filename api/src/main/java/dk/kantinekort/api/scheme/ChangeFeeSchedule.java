package dk.kantinekort.api.scheme;

import dk.kantinekort.api.account.DepositMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff set the fee of one payment method: fixed øre plus basis points (1/100 %) of the amount. */
public record ChangeFeeSchedule(@TargetAggregateIdentifier String schemeId, DepositMethod method, long fixedOre,
                                int basisPoints) {
}
