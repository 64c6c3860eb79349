package dk.kantinekort.api.money;

/** Bounds on amounts that the ledger accepts; anything outside is a mistake, not a purchase. */
public final class Limits {

    /** Largest single purchase at a till: 2.000,00 kr. */
    public static final Money MAX_PURCHASE = Money.ofKroner(2_000);
    /** Largest single deposit: 5.000,00 kr. */
    public static final Money MAX_DEPOSIT = Money.ofKroner(5_000);
    /** Largest balance a card account may hold: 20.000,00 kr. */
    public static final Money MAX_BALANCE = Money.ofKroner(20_000);
    /** Largest number of lines on one purchase. */
    public static final int MAX_LINES = 100;
    /** Largest quantity of one line. */
    public static final int MAX_QUANTITY = 1_000;
    /** Fee for producing and sending a replacement card: 25,00 kr. */
    public static final Money REPLACEMENT_CARD_FEE = Money.ofKroner(25);

    private Limits() {
    }
}
