package dk.kantinekort.pos.admin;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.till.BlockCardByNumber;
import dk.kantinekort.api.till.UnblockCardByNumber;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.CardNumbers;
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

/** {@code POST /api/v1/admin/cards/{cardNumber}/block} and {@code /unblock}; both idempotent by nature. */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class CardBlockController {

    static final String DEFAULT_REASON = "Blocked through the admin API";

    /** Optional body of a block. */
    @Schema(name = "BlockRequest")
    record BlockRequest(@Schema(example = "Kortet er mistet", maxLength = 200) String reason) {
    }

    /** The account's status afterwards. */
    @Schema(name = "CardStatus")
    record CardStatus(String accountId, AccountStatus status) {
    }

    private final Ledger ledger;

    CardBlockController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/admin/cards/{cardNumber}/block", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Block the account a card belongs to; the next till request is declined", responses = {
            @ApiResponse(responseCode = "200", description = "Blocked"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
            @ApiResponse(responseCode = "404", description = "CARD_UNKNOWN")})
    Mono<CardStatus> block(@PathVariable String cardNumber, @RequestBody(required = false) BlockRequest body,
                           @Parameter(hidden = true) ServerWebExchange exchange) {
        CardNumber card = CardNumbers.parse("cardNumber", cardNumber);
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? DEFAULT_REASON : body.reason().strip();
        if (reason.length() > 200 || reason.chars().anyMatch(Character::isISOControl)) {
            throw PosProblem.invalid("reason may be at most 200 characters without control characters");
        }
        return ledger.<String>send(new BlockCardByNumber(card, reason), ApiAuthentication.adminMetadata(exchange))
                .map(accountId -> new CardStatus(accountId, AccountStatus.BLOCKED));
    }

    @PostMapping(path = "/api/v1/admin/cards/{cardNumber}/unblock", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lift the block of the account a card belongs to", responses = {
            @ApiResponse(responseCode = "200", description = "Active again"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
            @ApiResponse(responseCode = "404", description = "CARD_UNKNOWN")})
    Mono<CardStatus> unblock(@PathVariable String cardNumber, @Parameter(hidden = true) ServerWebExchange exchange) {
        CardNumber card = CardNumbers.parse("cardNumber", cardNumber);
        return ledger.<String>send(new UnblockCardByNumber(card), ApiAuthentication.adminMetadata(exchange))
                .map(accountId -> new CardStatus(accountId, AccountStatus.ACTIVE));
    }
}
