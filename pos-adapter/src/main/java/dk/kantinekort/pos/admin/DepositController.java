package dk.kantinekort.pos.admin;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.IdempotencyKey;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/admin/accounts/{accountId}/deposits}: cash paid in at a counter, once per Idempotency-Key. */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class DepositController {

    /** A cash deposit. */
    @Schema(name = "DepositRequest")
    record DepositRequest(@Schema(description = "Amount in øre", example = "5000", minimum = "1", maximum = "500000",
                                  requiredMode = Schema.RequiredMode.REQUIRED) Long amount,
                          @Schema(description = "Where and by whom; kept in the ledger sealed with the holder's key",
                                  example = "kasse 3", maxLength = 200)
                          String reference) {
    }

    /** The 201 answer to a deposit. */
    @Schema(name = "DepositResponse")
    record DepositResponse(String depositId, String accountId, long amount, long balanceAfter) {
    }

    private final Ledger ledger;

    DepositController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/admin/accounts/{accountId}/deposits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Deposit cash on a card account", responses = {
            @ApiResponse(responseCode = "201", description = "Deposited (or replayed for the same Idempotency-Key)"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND"),
            @ApiResponse(responseCode = "409", description = "ACCOUNT_BLOCKED or IDEMPOTENCY_KEY_IN_USE"),
            @ApiResponse(responseCode = "422", description = "BALANCE_LIMIT_EXCEEDED")})
    Mono<ResponseEntity<DepositResponse>> deposit(
            @PathVariable String accountId,
            @Parameter(description = "1-255 printable ASCII characters, unique per deposit", required = true)
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody(required = false) DepositRequest body,
            @Parameter(hidden = true) ServerWebExchange exchange) {
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKey);
        String account = Ids.require("accountId", accountId);
        if (body == null || body.amount() == null) {
            throw PosProblem.invalid("amount is required");
        }
        if (body.amount() <= 0 || body.amount() > Limits.MAX_DEPOSIT.ore()) {
            throw PosProblem.invalid("amount must be between 1 and " + Limits.MAX_DEPOSIT.ore() + " øre");
        }
        String reference = body.reference() == null ? null : body.reference().strip();
        if (reference != null && (reference.length() > 200 || reference.chars().anyMatch(Character::isISOControl))) {
            throw PosProblem.invalid("reference may be at most 200 characters without control characters");
        }
        String depositId = key.depositId();
        Money amount = Money.ofOre(body.amount());
        DepositMoney command = new DepositMoney(account, depositId, amount, DepositMethod.CASH, reference);
        return ledger.<Money>sendOnce(depositId, command, ApiAuthentication.adminMetadata(exchange))
                .map(balanceAfter -> ResponseEntity
                        .created(URI.create("/api/v1/admin/accounts/" + account + "/deposits/" + depositId))
                        .body(new DepositResponse(depositId, account, amount.ore(), balanceAfter.ore())));
    }
}
