package dk.kantinekort.pos.problem;

/**
 * Reason codes of the API's own problems. The ledger's codes ({@code RejectionCode}) and the decline reasons
 * ({@code DeclineReason}) are used by their enum names as well.
 */
public final class Reasons {

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String REBUILD_IN_PROGRESS = "REBUILD_IN_PROGRESS";
    public static final String IDEMPOTENCY_KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";
    public static final String OVERLOADED = "OVERLOADED";
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    public static final String LEDGER_UNAVAILABLE = "LEDGER_UNAVAILABLE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** A part of the scheme the municipality switched off ({@code canteen.municipality.<part>-enabled: false}). */
    public static final String PART_SWITCHED_OFF = "PART_SWITCHED_OFF";

    private Reasons() {
    }
}
