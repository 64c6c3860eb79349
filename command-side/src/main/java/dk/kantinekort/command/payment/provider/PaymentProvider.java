package dk.kantinekort.command.payment.provider;

/**
 * The payment provider as the command side needs it (Nexi/Nets Easy Checkout shape): hosted payment pages, the
 * provider's view of a payment, charges on a saved card and refunds. Card data never passes through here.
 */
public interface PaymentProvider {

    /** Creates a payment with a hosted payment page; saveCard=true creates an unscheduled subscription (card token) too. */
    Checkout createCheckout(CheckoutRequest request);

    /** The provider's current view of a payment (authoritative; used after webhooks, redirects and by reconciliation). */
    ProviderPayment payment(String paymentId);

    /** Charges a saved card (unscheduled subscription) without the citizen; declines are a result, not an exception. */
    SavedCardChargeResult chargeSavedCard(SavedCardChargeRequest request);

    /** Refunds (part of) a charge; answers the provider's refund id. */
    String refundCharge(String chargeId, long amountOre, String idempotencyKey);
}
