package dk.kantinekort.pos.problem;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;

/**
 * A request the API answers with an {@code application/problem+json} body: an HTTP status, a reason code the
 * till can switch on, and an English detail. Carries no stack trace: it is an answer, not a bug.
 */
public final class PosProblem extends RuntimeException {

    private final HttpStatus status;
    private final String reason;
    private final long retryAfterSeconds;
    private final String tillMessage;
    private final Map<String, Object> properties;

    public PosProblem(HttpStatus status, String reason, String detail) {
        this(status, reason, detail, -1);
    }

    private PosProblem(HttpStatus status, String reason, String detail, long retryAfterSeconds) {
        this(status, reason, detail, retryAfterSeconds, null, Map.of());
    }

    private PosProblem(HttpStatus status, String reason, String detail, long retryAfterSeconds, String tillMessage,
                       Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
        this.tillMessage = tillMessage;
        this.properties = properties;
    }

    /** 429 with reason {@code TOO_MANY_REQUESTS} and a {@code Retry-After} of this many seconds. */
    public static PosProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new PosProblem(HttpStatus.TOO_MANY_REQUESTS, Reasons.TOO_MANY_REQUESTS, detail, retryAfterSeconds);
    }

    /** 400 with reason {@code INVALID_REQUEST}: the detail says what is wrong. */
    public static PosProblem invalid(String detail) {
        return new PosProblem(HttpStatus.BAD_REQUEST, Reasons.INVALID_REQUEST, detail);
    }

    /** 401 with reason {@code UNAUTHORIZED}. */
    public static PosProblem unauthorized(String detail) {
        return new PosProblem(HttpStatus.UNAUTHORIZED, Reasons.UNAUTHORIZED, detail);
    }

    /** 403 with reason {@code FORBIDDEN}: authenticated, but not for this part of the API. */
    public static PosProblem forbidden(String detail) {
        return new PosProblem(HttpStatus.FORBIDDEN, Reasons.FORBIDDEN, detail);
    }

    /** 402: the ledger refused the purchase; nothing was charged. */
    public static PosProblem declined(DeclineReason reason) {
        return new PosProblem(HttpStatus.PAYMENT_REQUIRED, reason.name(), "The purchase was declined: " + reason);
    }

    /**
     * 402 for a purchase that broke a spending rule: the till message names the rule ("Dagsgrænsen på 20,00 kr. er
     * nået") and the body carries it as {@code rule} (limit and spentToday in øre, unitKind, category).
     */
    public static PosProblem declined(DeclineReason reason, BrokenSpendingRule rule) {
        if (rule == null) {
            return declined(reason);
        }
        return new PosProblem(HttpStatus.PAYMENT_REQUIRED, reason.name(), "The purchase was declined: " + reason
                + " (" + SpendingDeclineTexts.english(rule) + ")", -1, SpendingDeclineTexts.tillMessage(reason, rule),
                Map.of("rule", SpendingDeclineTexts.rule(rule)));
    }

    /** 404 with reason {@code PART_SWITCHED_OFF}: this municipality does not use the part of the scheme. */
    public static PosProblem switchedOff(dk.kantinekort.api.scheme.SchemePart part) {
        return new PosProblem(HttpStatus.NOT_FOUND, Reasons.PART_SWITCHED_OFF,
                "The part '" + part.key() + "' of the scheme is switched off in this municipality");
    }

    /** 409: another request with the same idempotency key is still being processed here. */
    public static PosProblem keyInUse() {
        return new PosProblem(HttpStatus.CONFLICT, Reasons.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still in progress; retry when it has been answered");
    }

    public HttpStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** Seconds for the {@code Retry-After} header, when the problem names them. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }

    public String detail() {
        return getMessage();
    }

    /** The Danish till message when it is more than the reason's fixed text; null otherwise. */
    public String tillMessage() {
        return tillMessage;
    }

    /** Further members of the problem body. */
    public Map<String, Object> properties() {
        return properties;
    }
}
