package dk.kantinekort.pos.admin;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.ListPaymentDiscrepancies;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.payment.PaymentDiscrepancyView;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RejectPayout;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Staff decide payout requests (F8) and see the payments reconciliation could not match (F6): the admin API until
 * the back office has its views.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class PayoutController {

    /** Why a payout is rejected; the citizen sees it. */
    @Schema(name = "PayoutRejection")
    record Rejection(@Schema(example = "Kontoen tilhører ikke kortholderen", maxLength = 500,
            requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    /** The answer to an approval: what was paid out, in øre. */
    @Schema(name = "PayoutApproval")
    record Approval(String accountId, String payoutId, long paidOut) {
    }

    private final Ledger ledger;

    PayoutController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping(path = "/api/v1/admin/payouts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Payout requests, newest first", responses = {
            @ApiResponse(responseCode = "200", description = "The requests"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: unknown state")})
    Mono<List<PayoutView>> payouts(@Parameter(description = "REQUESTED, PAID or REJECTED; all when absent")
                                   @RequestParam(name = "state", required = false) String state) {
        return ledger.query(new ListPayoutRequests(state(state)), ResponseTypes.multipleInstancesOf(PayoutView.class));
    }

    @PostMapping(path = "/api/v1/admin/accounts/{accountId}/payouts/{payoutId}/approval",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve a payout: the balance as it is now is paid out and the account emptied", responses = {
            @ApiResponse(responseCode = "200", description = "Paid out (or approved before)"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND"),
            @ApiResponse(responseCode = "409", description = "NO_PAYOUT_REQUESTED, NOTHING_TO_PAY_OUT or "
                    + "PAYOUT_NOT_CONFIRMED (a typed bank account the account owner has not confirmed)")})
    Mono<Approval> approve(@PathVariable String accountId, @PathVariable String payoutId,
                           @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        String payout = Ids.require("payoutId", payoutId);
        return ledger.<Money>send(new ApprovePayout(account, payout), ApiAuthentication.adminMetadata(exchange))
                .map(paid -> new Approval(account, payout, paid.ore()));
    }

    @PostMapping(path = "/api/v1/admin/accounts/{accountId}/payouts/{payoutId}/rejection",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a payout with a reason", responses = {
            @ApiResponse(responseCode = "204", description = "Rejected (or rejected before)"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no reason"),
            @ApiResponse(responseCode = "409", description = "NO_PAYOUT_REQUESTED")})
    Mono<ResponseEntity<Void>> reject(@PathVariable String accountId, @PathVariable String payoutId,
                                      @RequestBody(required = false) Rejection body,
                                      @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        String payout = Ids.require("payoutId", payoutId);
        if (body == null || body.reason() == null || body.reason().isBlank() || body.reason().length() > 500) {
            throw PosProblem.invalid("reason is required (at most 500 characters)");
        }
        return ledger.send(new RejectPayout(account, payout, body.reason().strip()),
                        ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.noContent().<Void>build()));
    }

    @GetMapping(path = "/api/v1/admin/payment-discrepancies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Payments reconciliation could not match, newest first")
    Mono<List<PaymentDiscrepancyView>> discrepancies() {
        return ledger.query(new ListPaymentDiscrepancies(),
                ResponseTypes.multipleInstancesOf(PaymentDiscrepancyView.class));
    }

    private static PayoutView.State state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return PayoutView.State.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("state is REQUESTED, PAID or REJECTED");
        }
    }
}
