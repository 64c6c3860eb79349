package dk.kantinekort.pos.admin;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.BlockAccount;
import dk.kantinekort.api.account.UnblockAccount;
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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/admin/accounts/{accountId}/block} and {@code /unblock}: the whole account (decision record 21),
 * as opposed to a lost card ({@code /admin/cards/{cardNumber}/block}). A blocked account's cards and temporary card
 * are declined at the till and it takes no deposits; both calls are idempotent by nature.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class AccountBlockController {

    static final String DEFAULT_REASON = "Account blocked through the admin API";

    /** The account's status afterwards. */
    @Schema(name = "AccountBlockStatus")
    record AccountBlockStatus(String accountId, AccountStatus status) {
    }

    private final Ledger ledger;

    AccountBlockController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/admin/accounts/{accountId}/block", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Block the whole account: every card and temporary card is declined, no deposits",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Blocked"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
                    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
                    @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND")})
    Mono<AccountBlockStatus> block(@PathVariable String accountId,
                                   @RequestBody(required = false) CardBlockController.BlockRequest body,
                                   @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? DEFAULT_REASON
                : body.reason().strip();
        if (reason.length() > 200 || reason.chars().anyMatch(Character::isISOControl)) {
            throw PosProblem.invalid("reason may be at most 200 characters without control characters");
        }
        return ledger.<Object>send(new BlockAccount(account, reason), ApiAuthentication.adminMetadata(exchange))
                .thenReturn(new AccountBlockStatus(account, AccountStatus.BLOCKED));
    }

    @PostMapping(path = "/api/v1/admin/accounts/{accountId}/unblock", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lift the block of the whole account (a lost card's block stays)", responses = {
            @ApiResponse(responseCode = "200", description = "Active again"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND")})
    Mono<AccountBlockStatus> unblock(@PathVariable String accountId,
                                     @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        return ledger.<Object>send(new UnblockAccount(account), ApiAuthentication.adminMetadata(exchange))
                .thenReturn(new AccountBlockStatus(account, AccountStatus.ACTIVE));
    }
}
