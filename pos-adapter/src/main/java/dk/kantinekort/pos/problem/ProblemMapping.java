package dk.kantinekort.pos.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.error.StoreUnavailable;
import java.net.ConnectException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Turns whatever a request failed with into the problem the client gets; {@code null} means "a bug". */
public final class ProblemMapping {

    private ProblemMapping() {
    }

    public static PosProblem toProblem(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof PosProblem p) {
            return p;
        }
        Optional<Rejection> rejection = RejectedException.rejectionOf(t);
        if (rejection.isPresent()) {
            return fromRejection(rejection.get());
        }
        if (t instanceof RejectedExecutionException) {
            return new PosProblem(HttpStatus.SERVICE_UNAVAILABLE, Reasons.OVERLOADED,
                    "Too many requests are waiting for the ledger; retry shortly");
        }
        if (ledgerUnreachable(t)) {
            return new PosProblem(HttpStatus.SERVICE_UNAVAILABLE, Reasons.LEDGER_UNAVAILABLE,
                    "The ledger is not available; retry shortly");
        }
        if (bodyTooLarge(t)) {
            return new PosProblem(HttpStatus.PAYLOAD_TOO_LARGE, Reasons.INVALID_REQUEST, "The request body is too large");
        }
        if (t instanceof DecodingException) {
            return PosProblem.invalid(JsonErrors.describe(t));
        }
        if (t instanceof ResponseStatusException rse) {
            return fromStatusException(rse);
        }
        return null;
    }

    private static PosProblem fromStatusException(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null) {
            return null;
        }
        if (e instanceof UnsupportedMediaTypeStatusException) {
            return new PosProblem(status, Reasons.INVALID_REQUEST, "The request body must be application/json");
        }
        if (e instanceof ServerWebInputException) {
            return PosProblem.invalid(inputDetail(e));
        }
        return switch (status) {
            case NOT_FOUND -> new PosProblem(status, Reasons.NOT_FOUND, "No such resource");
            case UNAUTHORIZED -> PosProblem.unauthorized("Missing or invalid credentials");
            case INTERNAL_SERVER_ERROR -> null;
            default -> status.is4xxClientError()
                    ? new PosProblem(status, Reasons.INVALID_REQUEST, status.getReasonPhrase())
                    : null;
        };
    }

    private static String inputDetail(ResponseStatusException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException) {
                return JsonErrors.describe(c);
            }
        }
        String reason = e.getReason();
        if (reason != null && reason.startsWith("No request body")) {
            return "A request body is required";
        }
        if (reason != null && reason.startsWith("Type mismatch")) {
            return "A path or query parameter has the wrong format";
        }
        // Spring's own wording ("Failed to read HTTP message", ...) names no values: safe to pass on.
        return reason == null ? "The request could not be read" : reason;
    }

    /** Axon Server codes that mean "the message did not get to a handler" (not: a handler failed). */
    private static final Set<ErrorCode> NOT_DELIVERED = EnumSet.of(ErrorCode.CONNECTION_FAILED,
            ErrorCode.NO_HANDLER_FOR_COMMAND, ErrorCode.NO_HANDLER_FOR_QUERY, ErrorCode.COMMAND_DISPATCH_ERROR,
            ErrorCode.QUERY_DISPATCH_ERROR, ErrorCode.NO_EVENT_STORE_MASTER_AVAILABLE);

    /**
     * The command or query never reached the ledger: no handler (the command side is down), no connection to Axon
     * Server, or a dispatch that failed on the way; or the ledger's store refused the write (full disk, lost
     * connection: {@link StoreUnavailable}), so nothing of it was committed. The till may safely retry with the same
     * Idempotency-Key.
     */
    private static boolean ledgerUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NoHandlerForCommandException || c instanceof NoHandlerForQueryException
                    || c instanceof CommandDispatchException || c instanceof AxonServerQueryDispatchException
                    || c instanceof ConnectException || StoreUnavailable.is(c)
                    || (c instanceof AxonServerException e && NOT_DELIVERED.contains(e.errorCode()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean bodyTooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DataBufferLimitException
                    || (c instanceof ResponseStatusException r && r.getStatusCode().value() == 413)) {
                return true;
            }
        }
        return false;
    }

    /** The HTTP answer to each ledger rejection; a switch so that a new code cannot be forgotten. */
    static PosProblem fromRejection(Rejection r) {
        HttpStatus status = switch (r.code()) {
            case INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
            case TILL_UNKNOWN -> HttpStatus.UNAUTHORIZED;
            case INSUFFICIENT_FUNDS -> HttpStatus.PAYMENT_REQUIRED;
            case WRONG_PLACE -> HttpStatus.FORBIDDEN;
            case ACCOUNT_NOT_FOUND, CARD_UNKNOWN, PURCHASE_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case IDEMPOTENCY_KEY_IN_USE, CARD_NUMBER_IN_USE, ACCOUNT_BLOCKED, REPLACEMENT_ALREADY_ORDERED,
                    NO_REPLACEMENT_ORDERED, NOTHING_TO_PAY_OUT, BALANCE_REMAINING -> HttpStatus.CONFLICT;
            case IDEMPOTENCY_KEY_REUSED, REFUND_EXCEEDS_PURCHASE, BALANCE_LIMIT_EXCEEDED -> HttpStatus.UNPROCESSABLE_ENTITY;
            // the portal's codes; the till API does not send these commands
            case ACCESS_DENIED, CPR_NOT_CONFIRMED -> HttpStatus.FORBIDDEN;
            case CPR_LINKED_TO_OTHER_IDENTITY, IDENTITY_ALREADY_LINKED, LINK_NOT_PENDING -> HttpStatus.CONFLICT;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case PAYOUT_ALREADY_REQUESTED, NO_PAYOUT_REQUESTED, AUTO_TOP_UP_ALREADY_ACTIVE, NO_AUTO_TOP_UP ->
                    HttpStatus.CONFLICT;
            case PAYMENT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            // the webshop's and the catalogue's (admin API)
            case NOT_OFFERED -> HttpStatus.NOT_FOUND;
            case DELIVERY_DATE_REACHED, NOTHING_TO_CANCEL -> HttpStatus.CONFLICT;
            case PAYMENT_PROVIDER_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            // a block staff set, a payout's bank account, a card's address (issue 14)
            case CARD_BLOCKED_BY_STAFF, PAYOUT_NOT_CONFIRMED, ADDRESS_REQUIRED -> HttpStatus.CONFLICT;
            case TYPED_BANK_ACCOUNT_NOT_ALLOWED -> HttpStatus.UNPROCESSABLE_ENTITY;
            // a transfer between two accounts (issue 17, Overfør)
            case SAME_ACCOUNT -> HttpStatus.UNPROCESSABLE_ENTITY;
            // a part of the scheme the municipality switched off answers as if it were not there
            case PART_SWITCHED_OFF -> HttpStatus.NOT_FOUND;
            case MONTH_NOT_ENDED, MONTH_ALREADY_CLOSED, EARLIER_MONTH_OPEN, SETTLEMENT_ALREADY_IMPORTED ->
                    HttpStatus.CONFLICT;
            // Skoleår: a closed leaver's account; no sibling to move a balance to
            case ACCOUNT_CLOSED -> HttpStatus.CONFLICT;
            case NO_SIBLING -> HttpStatus.UNPROCESSABLE_ENTITY;
            // a whole account's block, temporary cards (decision record 21)
            case ACCOUNT_BLOCKED_BY_STAFF, TEMPORARY_CARD_NOT_NEEDED, NO_TEMPORARY_CARD -> HttpStatus.CONFLICT;
            // a dispute staff answered already (Indsigelse)
            case DISPUTE_CLOSED -> HttpStatus.CONFLICT;
        };
        String detail = r.detail() == null || r.detail().isBlank() ? ProblemTexts.title(r.code().name()) : r.detail();
        return new PosProblem(status, r.code().name(), detail);
    }

    static boolean isRejection(Throwable failure, RejectionCode code) {
        return RejectedException.rejectionOf(unwrap(failure)).map(r -> r.code() == code).orElse(false);
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
