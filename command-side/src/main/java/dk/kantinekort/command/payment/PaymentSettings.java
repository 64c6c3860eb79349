package dk.kantinekort.command.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentTerms;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canteen.payments.*}: deposit bounds in whole kroner, the fee schedule per method, the top-up threshold
 * and how reconciliation runs.
 */
@ConfigurationProperties("canteen.payments")
public class PaymentSettings {

    private long minDepositKroner = 1;
    private long maxDepositKroner = 5_000;
    private long autoTopUpThresholdOre = 5_000;
    private Map<DepositMethod, Fee> fees = new EnumMap<>(Map.of(
            DepositMethod.PAYMENT_CARD, new Fee(100, 125),
            DepositMethod.MOBILEPAY, new Fee(0, 100),
            DepositMethod.AUTO_TOP_UP, new Fee(100, 125)));
    private Duration reconciliationInterval = Duration.ofMinutes(5);
    /** Open payments younger than this are left to their webhooks. */
    private Duration reconciliationGrace = Duration.ofMinutes(2);
    /** Open deposits never paid within this are abandoned. */
    private Duration abandonAfter = Duration.ofHours(24);

    /** A fee: fixed øre plus basis points of the amount. */
    public record Fee(long fixedOre, int basisPoints) {
    }

    /** The configured terms; what staff changed since is applied by {@link PaymentTermsInForce}. */
    public PaymentTerms terms() {
        return terms(Map.of(), null);
    }

    /** The configured terms with the fees and the threshold staff changed (null: not changed) in their place. */
    public PaymentTerms terms(Map<DepositMethod, FeeRule> changedFees, Money changedThreshold) {
        Map<DepositMethod, FeeRule> rules = new EnumMap<>(DepositMethod.class);
        fees.forEach((method, fee) -> rules.put(method, new FeeRule(fee.fixedOre(), fee.basisPoints())));
        rules.putAll(changedFees);
        return new PaymentTerms(Money.ofKroner(minDepositKroner), Money.ofKroner(maxDepositKroner), rules,
                changedThreshold != null ? changedThreshold : Money.ofOre(autoTopUpThresholdOre));
    }

    public long getMinDepositKroner() {
        return minDepositKroner;
    }

    public void setMinDepositKroner(long minDepositKroner) {
        this.minDepositKroner = minDepositKroner;
    }

    public long getMaxDepositKroner() {
        return maxDepositKroner;
    }

    public void setMaxDepositKroner(long maxDepositKroner) {
        this.maxDepositKroner = maxDepositKroner;
    }

    public long getAutoTopUpThresholdOre() {
        return autoTopUpThresholdOre;
    }

    public void setAutoTopUpThresholdOre(long autoTopUpThresholdOre) {
        this.autoTopUpThresholdOre = autoTopUpThresholdOre;
    }

    public Map<DepositMethod, Fee> getFees() {
        return fees;
    }

    public void setFees(Map<DepositMethod, Fee> fees) {
        this.fees = new EnumMap<>(fees);
    }

    public Duration getReconciliationInterval() {
        return reconciliationInterval;
    }

    public void setReconciliationInterval(Duration reconciliationInterval) {
        this.reconciliationInterval = reconciliationInterval;
    }

    public Duration getReconciliationGrace() {
        return reconciliationGrace;
    }

    public void setReconciliationGrace(Duration reconciliationGrace) {
        this.reconciliationGrace = reconciliationGrace;
    }

    public Duration getAbandonAfter() {
        return abandonAfter;
    }

    public void setAbandonAfter(Duration abandonAfter) {
        this.abandonAfter = abandonAfter;
    }
}
