package dk.kantinekort.api.payment;

/**
 * Where a payout goes: the owner's NemKonto (the default, as Danish public payments), or a bank account typed in
 * the request, when the municipality allows it ({@code canteen.municipality.payout.typed-bank-account}).
 */
public enum PayoutDestination {
    NEMKONTO,
    TYPED_ACCOUNT;

    /** How staff and the portal show a NemKonto payout where a typed account would show masked. */
    public static final String NEMKONTO_LABEL = "NemKonto";
}
