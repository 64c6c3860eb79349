package dk.kantinekort.pos.purchase;

import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.Correlation;
import dk.kantinekort.pos.web.IdempotencyKey;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/purchases}: a till charges a card, exactly once per Idempotency-Key. */
@RestController
@Tag(name = "Till")
@SecurityRequirement(name = OpenApiConfiguration.TILL)
class PurchaseController {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final Ledger ledger;

    PurchaseController(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApiRole(value = Role.TILL, ledgerRechecksTill = true)
    @PostMapping(path = "/api/v1/purchases", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Charge a purchase to a card",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Correlation.HEADER, required = false,
                    description = "Correlation id to trace the request; echoed in the response"),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Charged (or replayed: same key, same body)",
                            headers = {@Header(name = "Location", description = "/api/v1/purchases/{purchaseId}"),
                                    @Header(name = REPLAYED_HEADER, description = "true when this answers a repeated request")}),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: missing Idempotency-Key, bad JSON, bad fields, total not the sum of the lines"),
                    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED or TILL_UNKNOWN"),
                    @ApiResponse(responseCode = "402", description = "Declined: CARD_UNKNOWN, CARD_REPLACED, CARD_BLOCKED, ACCOUNT_BLOCKED, INSUFFICIENT_FUNDS, UNIT_NOT_ALLOWED; for a temporary card's code in cardNumber TEMPORARY_CARD_INVALID (forged or unknown), TEMPORARY_CARD_EXPIRED or TEMPORARY_CARD_REVOKED; or a guardian's spending rule: DAILY_LIMIT_REACHED, UNIT_LIMIT_REACHED, CATEGORY_BLOCKED (with `rule`: limit and spentToday in øre, unitKind, category, and a till message naming the rule, e.g. \"Dagsgrænsen på 20,00 kr. er nået\"); nothing was charged"),
                    @ApiResponse(responseCode = "409", description = "IDEMPOTENCY_KEY_IN_USE: the first request with this key is still in progress"),
                    @ApiResponse(responseCode = "413", description = "INVALID_REQUEST: body too large"),
                    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the key was used for another purchase"),
                    @ApiResponse(responseCode = "503", description = "OVERLOADED or LEDGER_UNAVAILABLE; retry with the same key")})
    Mono<ResponseEntity<PurchaseResponse>> purchase(
            @Parameter(description = "1-255 printable ASCII characters, unique per purchase of this till", required = true)
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody(required = false) PurchaseRequest body,
            @Parameter(hidden = true) ServerWebExchange exchange) {
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKey);
        PurchaseValidation.ValidPurchase purchase = PurchaseValidation.validate(body);
        TillIdentity till = ApiAuthentication.tillOf(exchange);
        String purchaseId = key.purchaseId(till.tillId());
        PurchaseWithCard command = new PurchaseWithCard(purchaseId, purchase.cardNumber(), till.tillId(),
                purchase.lines(), purchase.total(), purchase.fingerprint());
        return ledger.<PurchaseOutcome>sendOnce(purchaseId, command,
                        Ledger.tillMetadata(till.tillId(), Correlation.idOf(exchange)))
                .map(PurchaseController::answer);
    }

    private static ResponseEntity<PurchaseResponse> answer(PurchaseOutcome outcome) {
        if (outcome instanceof PurchaseOutcome.Declined declined) {
            throw PosProblem.declined(declined.reason(), declined.brokenRule());
        }
        PurchaseOutcome.Approved approved = (PurchaseOutcome.Approved) outcome;
        ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("/api/v1/purchases/" + approved.purchaseId()));
        if (approved.replayed()) {
            created.header(REPLAYED_HEADER, "true");
        }
        return created.body(new PurchaseResponse(approved.purchaseId(), approved.cardNumber().value(),
                approved.amount().ore(), approved.balanceAfter().ore(), approved.autoTopUpTriggered(),
                TemporaryCardCode.isId(approved.cardNumber())));
    }
}
