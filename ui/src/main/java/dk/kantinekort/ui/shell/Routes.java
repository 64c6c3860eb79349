package dk.kantinekort.ui.shell;

/**
 * Every page's address, in one place: the {@code @Route} of each view, the links and navigation between pages and
 * the security set-up use these constants. The addresses are Danish (citizens read them); the names are English.
 * A test checks that every {@code @Route} is one of these.
 */
public final class Routes {

    // the citizens' portal (ui.citizen)
    /** Mine Konti, the start page. */
    public static final String MY_ACCOUNTS = "";
    public static final String LOGIN = "login";
    /** The first login's CPR step. */
    public static final String CPR = "cpr";
    public static final String ADD_ACCOUNT = "tilfoej-konto";
    public static final String APPROVE_LINKS = "godkend-tilknytninger";
    public static final String PAYMENTS = "indbetaling";
    /** Where the payment provider sends the citizen back after a deposit. */
    public static final String PAYMENT_RECEIPT = "indbetaling/kvittering";
    /** Where the payment provider sends the citizen back after saving a card for automatic top-up. */
    public static final String AUTO_TOP_UP_RETURN = "indbetaling/optankning";
    public static final String SUBSCRIPTIONS = "abonnementer";
    /** Where the payment provider sends the citizen back after enrolling in a subscription. */
    public static final String ENROLMENT_RETURN = "abonnementer/tilmelding";
    public static final String WEBSHOP = "webshop";
    public static final String WEBSHOP_ORDERS = "webshop/ordrer";
    public static final String WEBSHOP_ORDER = "webshop/ordre";
    /** Where the payment provider sends the citizen back after paying an order. */
    public static final String WEBSHOP_PAYMENT_RETURN = "webshop/betaling";
    public static final String PROFILE = "brugeroplysninger";
    public static final String STATEMENT = "kontoudskrift";
    /** Forbrugsregler: the spending rules of one account (decision record 19). */
    public static final String SPENDING_RULES = "forbrugsregler";
    /** Notifikationer: the mails a citizen chooses per account (issue 17). */
    public static final String NOTICES = "notifikationer";
    public static final String HELP = "hjaelp";
    public static final String TERMS = "betingelser";
    public static final String ACCESSIBILITY = "tilgaengelighed";
    /** Bekræft kontoudskrift: public, checks a statement's verification code or PDF against the ledger. */
    public static final String VERIFY_STATEMENT = "bekraeft-kontoudskrift";

    // the staff's back office (ui.staff)
    /** The first segment of every back-office route; staff land here after login. */
    public static final String BACKOFFICE = "backoffice";
    public static final String BACKOFFICE_PAYOUTS = BACKOFFICE + "/udbetalinger";
    public static final String BACKOFFICE_DISPUTES = BACKOFFICE + "/indsigelser";
    public static final String BACKOFFICE_CARD_ORDERS = BACKOFFICE + "/kort";
    public static final String BACKOFFICE_RECONCILIATION = BACKOFFICE + "/afstemning";
    public static final String BACKOFFICE_SUPPORT = BACKOFFICE + "/support";
    public static final String BACKOFFICE_PLACES = BACKOFFICE + "/steder";
    public static final String BACKOFFICE_CATALOGUE = BACKOFFICE + "/katalog";
    public static final String BACKOFFICE_SETTINGS = BACKOFFICE + "/indstillinger";
    public static final String BACKOFFICE_DEAD_LETTERS = BACKOFFICE + "/fejlede-haendelser";
    public static final String BACKOFFICE_AUDIT = BACKOFFICE + "/revision";
    public static final String BACKOFFICE_LOOKUPS = BACKOFFICE + "/opslag";
    public static final String BACKOFFICE_BOOKKEEPING = BACKOFFICE + "/oekonomi";
    public static final String BACKOFFICE_SETTLEMENT = BACKOFFICE + "/afregning";
    public static final String BACKOFFICE_SCHOOL_YEAR = BACKOFFICE + "/skoleaar";

    private Routes() {
    }
}
