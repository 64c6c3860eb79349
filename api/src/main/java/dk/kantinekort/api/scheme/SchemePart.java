package dk.kantinekort.api.scheme;

/**
 * A part of the scheme a municipality can switch off without a code change, with
 * {@code canteen.municipality.<key>-enabled: false} (like {@code payout-enabled}). Every part is on unless switched
 * off. Hjælp follows the switch: a topic with {@code shown-when: <key>-enabled} is shown only while the part is on,
 * {@code <key>-disabled} only while it is off.
 */
public enum SchemePart {
    /** Notifikationer: mails on purchases, declines, a low balance and failed charges. */
    NOTICES("notices"),
    /** Forbrugsregler: daily and per-unit limits and blocked categories, enforced at the till. */
    SPENDING_RULES("spending-rules"),
    /** Overfør: moving money between accounts a citizen may act on. */
    TRANSFERS("transfers"),
    /** Midlertidigt kort: a temporary code the till accepts while the physical card is lost or being made. */
    TEMPORARY_CARD("temporary-card"),
    /** Statements that prove themselves: hash chain, verification code, Bekræft kontoudskrift. */
    STATEMENT_PROOFS("statement-proofs"),
    /** Indsigelse: disputing a statement line. */
    DISPUTES("disputes"),
    /** Forbrug: spending charts on Kontoudskrift and the balance over time on Mine Konti. */
    SPENDING_CHARTS("spending-charts"),
    /** Økonomi: daily and monthly bookkeeping reports. */
    BOOKKEEPING("bookkeeping"),
    /** Afregning: matching the payment provider's settlement report against the ledger. */
    SETTLEMENT("settlement"),
    /** Skoleår: bulk import of pupils and closing leavers' accounts. */
    SCHOOL_YEAR("school-year"),
    /** Offline køb: tills keep selling up to a small limit while the ledger cannot be reached. */
    OFFLINE_SALES("offline-sales");

    private final String key;

    SchemePart(String key) {
        this.key = key;
    }

    /** The kebab-case name in settings and in Hjælp's {@code shown-when}, e.g. {@code spending-rules}. */
    public String key() {
        return key;
    }

    /** The setting that switches the part, e.g. {@code canteen.municipality.spending-rules-enabled}. */
    public String property() {
        return "canteen.municipality." + key + "-enabled";
    }
}
