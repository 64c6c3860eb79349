package dk.kantinekort.api.bookkeeping;

/**
 * What a figure of the books is. {@code IN} and {@code OUT} move the scheme's liability (the citizens' balances);
 * {@code CARD} is money citizens paid by payment card beside the balance (webshop deliveries, subscriptions and
 * card fees), which the liability never held.
 */
public enum BookkeepingLine {
    DEPOSITS_PAYMENT_CARD(Effect.IN),
    DEPOSITS_MOBILEPAY(Effect.IN),
    DEPOSITS_AUTO_TOP_UP(Effect.IN),
    DEPOSITS_CASH(Effect.IN),
    DEPOSITS_MANUAL_CORRECTION(Effect.IN),
    REFUNDS(Effect.IN),
    WEBSHOP_REFUNDS(Effect.IN),
    /** Money that came from another account of the scheme: Overfør, a leaver's balance moved to a sibling. */
    MOVED_IN(Effect.IN),
    OTHER_IN(Effect.IN),
    SALES(Effect.OUT),
    WEBSHOP_CANTEEN_CARD(Effect.OUT),
    FEES_FROM_BALANCE(Effect.OUT),
    PAYOUTS(Effect.OUT),
    /** Money that went to another account of the scheme; together with {@code MOVED_IN} it adds to nothing. */
    MOVED_OUT(Effect.OUT),
    OTHER_OUT(Effect.OUT),
    WEBSHOP_PAYMENT_CARD(Effect.CARD),
    SUBSCRIPTIONS(Effect.CARD),
    CARD_FEES(Effect.CARD);

    /** How a line moves the liability. */
    public enum Effect {
        IN, OUT, CARD
    }

    private final Effect effect;

    BookkeepingLine(Effect effect) {
        this.effect = effect;
    }

    public Effect effect() {
        return effect;
    }

    /** The settings key of its account number, e.g. {@code deposits-payment-card}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
