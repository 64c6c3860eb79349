package dk.kantinekort.pos.dispute;

import dk.kantinekort.api.dispute.DisputeState;
import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.dispute.ListDisputes;
import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.dispute.RejectDispute;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.problem.Reasons;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Indsigelser through the admin API (issue 17), as the back office handles them: the cases, open or answered, and
 * staff's answer to an open one, a refund onto the account (at most what the row moved) or a refusal with a reason
 * the citizen is told. The dispute decides (answered once: 409 {@code DISPUTE_CLOSED}); the citizen is mailed.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class DisputesController {

    /** Staff's refund: the amount in øre. */
    @Schema(name = "DisputeRefund")
    record Refund(@Schema(description = "øre, at most the disputed row's amount", example = "1400",
            requiredMode = Schema.RequiredMode.REQUIRED) Long amount) {
    }

    /** Staff's refusal: the reason the citizen is told. */
    @Schema(name = "DisputeRejection")
    record Rejection(@Schema(description = "1-500 characters, shown to the citizen", example = "Købet er korrekt",
            requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    /** The answer recorded. */
    @Schema(name = "DisputeAnswer")
    record Answer(String disputeId, DisputeState state) {
    }

    private static final Pattern DISPUTE_ID = Pattern.compile("dispute:[A-Za-z0-9:._-]{1,200}");

    private final Ledger ledger;
    private final PartSwitch parts;

    DisputesController(Ledger ledger, PartSwitch parts) {
        this.ledger = ledger;
        this.parts = parts;
    }

    @GetMapping(path = "/api/v1/admin/disputes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The disputes, newest first: all, or those in one state (OPEN waits for staff; REFUNDED and "
            + "REJECTED are answered), with the row, the citizen's words and staff's answer", responses = {
                    @ApiResponse(responseCode = "200", description = "The disputes (an empty list when there are none)"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: an unknown state"),
                    @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF")})
    Mono<List<DisputeView>> disputes(@Parameter(description = "OPEN, REFUNDED or REJECTED; all when left out")
                                     @RequestParam(name = "state", required = false) String state) {
        parts.require(SchemePart.DISPUTES);
        return ledger.query(new ListDisputes(state(state)), ResponseTypes.multipleInstancesOf(DisputeView.class))
                .defaultIfEmpty(List.of());
    }

    @PostMapping(path = "/api/v1/admin/disputes/{disputeId}/refund", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Uphold an open dispute: give the amount back onto the account (an event on the account); "
            + "the citizen is mailed", responses = {
                    @ApiResponse(responseCode = "200", description = "Refunded"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no amount, or more than the row"),
                    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such dispute (ids look like "
                            + "dispute:<accountId>:<row>); PART_SWITCHED_OFF"),
                    @ApiResponse(responseCode = "409", description = "DISPUTE_CLOSED: answered already")})
    Mono<Answer> refund(@PathVariable String disputeId, @RequestBody(required = false) Refund body,
                        @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.DISPUTES);
        String id = disputeId(disputeId);
        if (body == null || body.amount() == null || body.amount() <= 0) {
            throw PosProblem.invalid("amount is required: øre, at most the disputed row's amount");
        }
        return answered(ledger.send(new RefundDispute(id, Money.ofOre(body.amount())),
                ApiAuthentication.adminMetadata(exchange)), id, DisputeState.REFUNDED);
    }

    @PostMapping(path = "/api/v1/admin/disputes/{disputeId}/rejection", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refuse an open dispute with a reason the citizen is told (sealed with the holder's key); "
            + "the citizen is mailed", responses = {
                    @ApiResponse(responseCode = "200", description = "Refused"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no reason, or a too long one"),
                    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such dispute (ids look like "
                            + "dispute:<accountId>:<row>); PART_SWITCHED_OFF"),
                    @ApiResponse(responseCode = "409", description = "DISPUTE_CLOSED: answered already")})
    Mono<Answer> reject(@PathVariable String disputeId, @RequestBody(required = false) Rejection body,
                        @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.DISPUTES);
        String id = disputeId(disputeId);
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw PosProblem.invalid("reason is required: what the citizen is told");
        }
        return answered(ledger.send(new RejectDispute(id, body.reason().strip()),
                ApiAuthentication.adminMetadata(exchange)), id, DisputeState.REJECTED);
    }

    /** A dispute the ledger does not know is 404 NOT_FOUND (the ledger says "no aggregate" in its own words). */
    private static Mono<Answer> answered(Mono<Object> sent, String disputeId, DisputeState state) {
        return sent.onErrorMap(DisputesController::unknownDispute,
                        e -> new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND, "No such dispute"))
                .then(Mono.just(new Answer(disputeId, state)));
    }

    private static boolean unknownDispute(Throwable failure) {
        return RejectedException.rejectionOf(failure).map(r -> r.code() == RejectionCode.ACCOUNT_NOT_FOUND)
                .orElse(false);
    }

    /** A dispute's id as the ledger makes it ({@code dispute:<account>:<row>}); anything else is no dispute. */
    private static String disputeId(String id) {
        if (id == null || !DISPUTE_ID.matcher(id).matches()) {
            throw new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND, "No such dispute");
        }
        return id;
    }

    private static DisputeState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DisputeState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("state is OPEN, REFUNDED or REJECTED");
        }
    }
}
