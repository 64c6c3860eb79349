package dk.kantinekort.api.schoolyear;

/** Where a leaver's remaining balance goes when the account closes; never lost. */
public enum BalanceDestination {
    /** Nothing chosen: closing is refused while the account holds money. */
    NONE,
    /** Paid out to the NemKonto of the person responsible. */
    NEMKONTO,
    /** Moved to the account of the responsible person's other child. */
    SIBLING
}
