package dk.kantinekort.command.payment.reconciliation;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AbandonDeposit;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.RecordPaymentDiscrepancy;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.PaymentSettings;
import dk.kantinekort.command.payment.reconciliation.PaymentCheckouts.Checkout;
import dk.kantinekort.command.payment.provider.ProviderPayment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * "Indbetalt, men pengene er ikke gået ind" (F6): asks the provider about every payment still open after its
 * webhooks had time to arrive, credits what was charged (once, like a webhook would), abandons deposits never
 * paid, and records for staff what does not add up.
 */
@Component
public class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);
    private static final int BATCH = 500;

    private final PaymentCheckouts checkouts;
    private final PaymentConfirmation confirmation;
    private final PaymentCommands ledger;
    private final PaymentSettings settings;
    private final Clock clock;

    PaymentReconciliation(PaymentCheckouts checkouts, PaymentConfirmation confirmation, PaymentCommands ledger,
                          PaymentSettings settings, Clock clock) {
        this.checkouts = checkouts;
        this.confirmation = confirmation;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${canteen.payments.reconciliation-interval:PT5M}",
            fixedDelayString = "${canteen.payments.reconciliation-interval:PT5M}")
    void scheduled() {
        Result result = reconcile();
        if (result.settled() + result.abandoned() + result.discrepancies() > 0) {
            log.info("Payment reconciliation: {}", result);
        }
    }

    /** What one run did. */
    public record Result(int checked, int settled, int abandoned, int discrepancies, int failed) {
    }

    /** One run over the open payments; safe beside webhooks and other runs. */
    public Result reconcile() {
        Instant now = clock.instant();
        List<Checkout> open = checkouts.openBefore(now.minus(settings.getReconciliationGrace()), BATCH);
        int settled = 0;
        int abandoned = 0;
        int discrepancies = 0;
        int failed = 0;
        for (Checkout checkout : open) {
            try {
                if (checkout.paymentId() != null) {
                    ProviderPayment payment = confirmation.fetch(checkout.paymentId());
                    if (checkout.purpose() == CheckoutPurpose.DEPOSIT && payment.isCharged()
                            && payment.chargedOre() != checkout.expectedOre()) {
                        ledger.fromProvider(new RecordPaymentDiscrepancy(checkout.accountId(), checkout.checkoutId(),
                                payment.paymentId(), Money.ofOre(checkout.expectedOre()),
                                Money.ofOre(payment.chargedOre()), "Charged amount differs from amount + fee"));
                        discrepancies++;
                        continue;
                    }
                    if (confirmation.confirm(checkout, payment)) {
                        settled++;
                        continue;
                    }
                }
                if (checkout.purpose() == CheckoutPurpose.DEPOSIT
                        && checkout.createdAt().isBefore(now.minus(settings.getAbandonAfter()))) {
                    ledger.fromProvider(new AbandonDeposit(checkout.accountId(), checkout.checkoutId(),
                            "Not paid within " + settings.getAbandonAfter()));
                    abandoned++;
                }
            } catch (RejectedException | IllegalStateException e) {
                failed++;
                log.warn("Reconciliation of checkout {} failed: {}", checkout.checkoutId(), e.getMessage());
            }
        }
        return new Result(open.size(), settled, abandoned, discrepancies, failed);
    }
}
