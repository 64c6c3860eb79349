package dk.kantinekort.api.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import java.util.Map;

/** What a citizen must know before paying: deposit bounds, the fee of each method, the top-up threshold. */
public record PaymentTerms(Money minDeposit, Money maxDeposit, Map<DepositMethod, FeeRule> fees,
                           Money autoTopUpThreshold) {

    public FeeRule feeRuleFor(DepositMethod method) {
        return fees.getOrDefault(method, FeeRule.NONE);
    }
}
