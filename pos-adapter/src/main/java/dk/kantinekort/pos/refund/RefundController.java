package dk.kantinekort.pos.refund;

import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.account.RefundReceipt;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.RefundAtTill;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.Correlation;
import dk.kantinekort.pos.web.Fingerprint;
import dk.kantinekort.pos.web.IdempotencyKey;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import dk.kantinekort.pos.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/purchases/{purchaseId}/refunds}: a till of the same place gives (part of) a purchase back. */
@RestController
@Tag(name = "Till")
@SecurityRequirement(name = OpenApiConfiguration.TILL)
class RefundController {

    private final Ledger ledger;

    RefundController(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApiRole(value = Role.TILL, ledgerRechecksTill = true)
    @PostMapping(path = "/api/v1/purchases/{purchaseId}/refunds", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refund all or part of a purchase made at this till's place", responses = {
            @ApiResponse(responseCode = "201", description = "Refunded (or replayed: same key, same body)"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: missing Idempotency-Key, not exactly one of amount/lines, bad values"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED or TILL_UNKNOWN"),
            @ApiResponse(responseCode = "403", description = "WRONG_PLACE: the purchase was made at another place"),
            @ApiResponse(responseCode = "404", description = "PURCHASE_NOT_FOUND"),
            @ApiResponse(responseCode = "409", description = "IDEMPOTENCY_KEY_IN_USE"),
            @ApiResponse(responseCode = "422", description = "REFUND_EXCEEDS_PURCHASE or IDEMPOTENCY_KEY_REUSED")})
    Mono<ResponseEntity<RefundResponse>> refund(
            @PathVariable String purchaseId,
            @Parameter(description = "1-255 printable ASCII characters, unique per refund of this till", required = true)
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody(required = false) RefundRequest body,
            @Parameter(hidden = true) ServerWebExchange exchange) {
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKey);
        String purchase = Ids.require("purchaseId", purchaseId);
        TillIdentity till = ApiAuthentication.tillOf(exchange);
        String refundId = key.refundId(till.tillId());
        RefundAtTill command = command(refundId, purchase, till.tillId(), body);
        return ledger.<RefundReceipt>sendOnce(refundId, command, Ledger.tillMetadata(till.tillId(), Correlation.idOf(exchange)))
                .map(RefundController::answer);
    }

    private static ResponseEntity<RefundResponse> answer(RefundReceipt receipt) {
        ResponseEntity.BodyBuilder created = ResponseEntity.created(
                URI.create("/api/v1/purchases/" + receipt.purchaseId() + "/refunds/" + receipt.refundId()));
        if (receipt.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.body(new RefundResponse(receipt.refundId(), receipt.purchaseId(),
                receipt.amount().ore(), receipt.balanceAfter().ore()));
    }

    private static RefundAtTill command(String refundId, String purchaseId, String tillId, RefundRequest body) {
        if (body == null) {
            throw PosProblem.invalid("A request body is required");
        }
        if ((body.amount() == null) == (body.lines() == null)) {
            throw PosProblem.invalid("Give exactly one of amount or lines");
        }
        Fingerprint fingerprint = Fingerprint.of("refund").add(purchaseId);
        if (body.amount() != null) {
            long amount = body.amount();
            if (amount <= 0 || amount > Limits.MAX_PURCHASE.ore()) {
                throw PosProblem.invalid("amount must be between 1 and " + Limits.MAX_PURCHASE.ore() + " øre");
            }
            return new RefundAtTill(refundId, purchaseId, tillId, Money.ofOre(amount), null,
                    fingerprint.add("amount").add(amount).hex());
        }
        List<RefundLine> lines = lines(body.lines());
        fingerprint.add("lines").add(lines.size());
        lines.forEach(line -> fingerprint.add(line.sku()).add(line.quantity()));
        return new RefundAtTill(refundId, purchaseId, tillId, null, lines, fingerprint.hex());
    }

    private static List<RefundLine> lines(List<RefundRequest.Line> requested) {
        if (requested.isEmpty() || requested.size() > Limits.MAX_LINES) {
            throw PosProblem.invalid("lines must hold 1 to " + Limits.MAX_LINES + " lines");
        }
        List<RefundLine> lines = new ArrayList<>(requested.size());
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            RefundRequest.Line line = requested.get(i);
            String field = "lines[" + i + "]";
            if (line == null || line.sku() == null || line.sku().isBlank() || line.sku().length() > 64) {
                throw PosProblem.invalid(field + ".sku is required (at most 64 characters)");
            }
            if (line.quantity() == null || line.quantity() <= 0 || line.quantity() > Limits.MAX_QUANTITY) {
                throw PosProblem.invalid(field + ".quantity must be between 1 and " + Limits.MAX_QUANTITY);
            }
            if (!skus.add(line.sku())) {
                throw PosProblem.invalid(field + ".sku appears twice; give each sku once with its total quantity");
            }
            lines.add(new RefundLine(line.sku(), line.quantity()));
        }
        return List.copyOf(lines);
    }
}
