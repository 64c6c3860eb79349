package dk.kantinekort.command.payment.reconciliation;

import static dk.kantinekort.api.error.RejectionCode.PAYMENT_NOT_FOUND;
import static dk.kantinekort.api.error.RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ActivateAutoTopUp;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.DeclineDeposit;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.SettleDeposit;
import dk.kantinekort.api.subscription.ActivateEnrolment;
import dk.kantinekort.api.webshop.SaveOrderPaymentCard;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.reconciliation.PaymentCheckouts.Checkout;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
import dk.kantinekort.command.payment.provider.ProviderPayment;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Turns "this payment may have changed" into ledger commands. It never trusts the signal, of success or of failure:
 * it asks the provider for the payment, and the account credits a deposit at most once, so webhooks may repeat, come out of order or
 * be forged, and the citizen may reload the receipt page, without a second credit. Run by
 * {@link PaymentConfirmationProcess} (webhooks, the receipt page) and by {@link PaymentReconciliation}, never by a
 * command handler.
 */
@Component
class PaymentConfirmation {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/yy");

    private final PaymentCheckouts checkouts;
    private final PaymentProvider provider;
    private final PaymentCommands ledger;

    PaymentConfirmation(PaymentCheckouts checkouts, PaymentProvider provider, PaymentCommands ledger) {
        this.checkouts = checkouts;
        this.provider = provider;
        this.ledger = ledger;
    }

    void confirm(String paymentId) {
        Checkout checkout = checkouts.byPaymentId(paymentId)
                .orElseThrow(() -> new RejectedException(PAYMENT_NOT_FOUND, "Not a payment of the ledger"));
        confirm(checkout, fetch(paymentId));
    }

    /**
     * A failure webhook is a signal like any other: the provider is asked first. A payment it reports charged is
     * settled instead, one it holds money for (reserved) is left alone, and only then is the attempt recorded as
     * declined (the reason is the webhook's; the provider's payment does not name one).
     */
    void decline(String paymentId, PaymentDeclineReason reason) {
        Checkout checkout = checkouts.byPaymentId(paymentId)
                .orElseThrow(() -> new RejectedException(PAYMENT_NOT_FOUND, "Not a payment of the ledger"));
        if (checkout.purpose() != CheckoutPurpose.DEPOSIT) {
            return; // saved-card pages: a failed attempt changes nothing, the card is saved or the page expires
        }
        ProviderPayment payment = fetch(paymentId);
        if (confirm(checkout, payment) || payment.reservedOre() > 0 || payment.chargedOre() > 0) {
            return;
        }
        ledger.fromProvider(new DeclineDeposit(checkout.accountId(), checkout.checkoutId(), paymentId,
                reason));
    }

    /** Settles what the provider has charged; answers whether the payment is charged (or the card saved). */
    boolean confirm(Checkout checkout, ProviderPayment payment) {
        if (checkout.purpose() == CheckoutPurpose.DEPOSIT) {
            if (!payment.isCharged()) {
                return false;
            }
            ledger.fromProvider(new SettleDeposit(checkout.accountId(), checkout.checkoutId(), payment.paymentId(),
                    Money.ofOre(payment.chargedOre()), payment.paymentMethod(), payment.maskedPan()));
            return true;
        }
        if (payment.savedCardToken() == null) {
            return false;
        }
        YearMonth expiry = payment.cardExpiry();
        String cardExpiry = expiry == null ? null : expiry.format(EXPIRY);
        if (checkout.purpose() == CheckoutPurpose.WEBSHOP_ORDER) {
            ledger.fromProvider(new SaveOrderPaymentCard(checkout.checkoutId(), payment.paymentId(),
                    payment.savedCardToken(), payment.paymentMethod(), payment.maskedPan(), cardExpiry));
            return true;
        }
        if (checkout.purpose() == CheckoutPurpose.SUBSCRIPTION) {
            ledger.fromProvider(new ActivateEnrolment(checkout.checkoutId(), payment.paymentId(),
                    payment.savedCardToken(), payment.paymentMethod(), payment.maskedPan(), cardExpiry));
            return true;
        }
        ledger.fromProvider(new ActivateAutoTopUp(checkout.accountId(), checkout.checkoutId(), payment.paymentId(),
                payment.savedCardToken(), payment.paymentMethod(), payment.maskedPan(),
                expiry == null ? null : expiry.format(EXPIRY)));
        return true;
    }

    ProviderPayment fetch(String paymentId) {
        try {
            return provider.payment(paymentId);
        } catch (PaymentProviderUnavailable e) {
            throw new RejectedException(PAYMENT_PROVIDER_UNAVAILABLE, "The payment provider did not answer");
        } catch (PaymentProviderRejected e) {
            throw new RejectedException(PAYMENT_NOT_FOUND, "The payment provider does not know the payment");
        }
    }
}
