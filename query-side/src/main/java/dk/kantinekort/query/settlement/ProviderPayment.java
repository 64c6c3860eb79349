package dk.kantinekort.query.settlement;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.webshop.DeliveryCharged;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A payment the ledger says the provider charged: a deposit or automatic top-up that was credited, a webshop
 * delivery or a subscription period charged on a saved card. {@code amount} is what the card was charged (amount +
 * the citizen's fee), {@code citizenFee} the fee in it.
 */
record ProviderPayment(String kind, String paymentId, String chargeId, String accountId, LocalDate date,
                       long amount, long citizenFee) {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    static Optional<ProviderPayment> of(Object payload, Instant timestamp) {
        LocalDate date = LocalDate.ofInstant(timestamp, COPENHAGEN);
        if (payload instanceof DepositSettled e && e.paymentId() != null) {
            long fee = e.fee() == null ? 0 : e.fee().ore();
            return Optional.of(new ProviderPayment(e.method() == DepositMethod.AUTO_TOP_UP ? "AUTO_TOP_UP" : "DEPOSIT",
                    e.paymentId(), null, e.accountId(), date, e.amount().ore() + fee, fee));
        }
        if (payload instanceof DeliveryCharged e && e.paymentId() != null) {
            return Optional.of(new ProviderPayment("WEBSHOP", e.paymentId(), e.chargeId(), e.accountId(), date,
                    e.amount().ore() + e.fee().ore(), e.fee().ore()));
        }
        if (payload instanceof SubscriptionPeriodCharged e && e.paymentId() != null) {
            long fee = e.fee() == null ? 0 : e.fee().ore();
            return Optional.of(new ProviderPayment("SUBSCRIPTION", e.paymentId(), e.chargeId(), e.accountId(), date,
                    e.amount().ore() + fee, fee));
        }
        return Optional.empty();
    }
}
