package dk.kantinekort.pos.balance;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.tempcard.CheckTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCardCheck;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.CardNumbers;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/cards/{cardNumber}/balance}, answered from the read model (FindAccountByCard), so it may
 * lag a purchase by a moment. Only the current card of an account has a balance: a former card answers 409
 * {@code CARD_REPLACED} (not 404, so the till can tell the holder to use the new card; not 402, as nothing
 * was to be paid), an unknown card 404 {@code CARD_UNKNOWN}. A temporary card's code is accepted where a purchase
 * accepts it: the ledger checks it first ({@link CheckTemporaryCard}), and the answer names the temporary card's id
 * (never the code) with {@code temporaryCard} true; a forged code is 404 {@code TEMPORARY_CARD_INVALID}, an expired
 * or ended one 409 {@code TEMPORARY_CARD_EXPIRED} / {@code TEMPORARY_CARD_REVOKED}.
 */
@RestController
@ApiRole(Role.TILL)
@Tag(name = "Till")
@SecurityRequirement(name = OpenApiConfiguration.TILL)
class BalanceController {

    /** The balance of a card. */
    @Schema(name = "CardBalance")
    record CardBalance(@Schema(example = "1562265116") String cardNumber,
                       @Schema(description = "Balance in øre", example = "6500") long balance,
                       AccountStatus status,
                       @Schema(description = "Whether cardNumber is a temporary card (Midlertidigt kort); it is then "
                               + "its id, never the signed code") boolean temporaryCard) {
    }

    private final Ledger ledger;
    private final SchemeParts parts;

    BalanceController(Ledger ledger, SchemeParts parts) {
        this.ledger = ledger;
        this.parts = parts;
    }

    @GetMapping(path = "/api/v1/cards/{cardNumber}/balance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Balance and status of a card", responses = {
            @ApiResponse(responseCode = "200", description = "The card is the current card of an account"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: not a card number"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
            @ApiResponse(responseCode = "404", description = "CARD_UNKNOWN; for a temporary card's code "
                    + "TEMPORARY_CARD_INVALID"),
            @ApiResponse(responseCode = "409", description = "CARD_REPLACED: a former card of an account; for a "
                    + "temporary card's code TEMPORARY_CARD_EXPIRED or TEMPORARY_CARD_REVOKED")})
    Mono<CardBalance> balance(@PathVariable String cardNumber) {
        CardNumber card = CardNumbers.parse("cardNumber", cardNumber);
        if (TemporaryCardCode.isReserved(card) && parts.isOn(SchemePart.TEMPORARY_CARD)) {
            return temporaryCardBalance(card);
        }
        return ledger.query(new FindAccountByCard(card), ResponseTypes.instanceOf(AccountSummary.class))
                .switchIfEmpty(Mono.error(() -> new PosProblem(HttpStatus.NOT_FOUND, DeclineReason.CARD_UNKNOWN.name(),
                        "No account has this card")))
                .map(account -> {
                    if (!card.value().equals(account.currentCardNumber())) {
                        throw new PosProblem(HttpStatus.CONFLICT, DeclineReason.CARD_REPLACED.name(),
                                "This card was replaced by a newer card");
                    }
                    return new CardBalance(card.value(), account.balance().ore(), account.status(), false);
                });
    }

    /** The ledger decides whether the code works now, as for a purchase; the balance is then the read model's. */
    private Mono<CardBalance> temporaryCardBalance(CardNumber code) {
        return ledger.query(new CheckTemporaryCard(code), ResponseTypes.instanceOf(TemporaryCardCheck.class))
                .defaultIfEmpty(TemporaryCardCheck.invalid())
                .flatMap(check -> {
                    if (check.accountId() == null || check.refusal() == DeclineReason.TEMPORARY_CARD_INVALID) {
                        return Mono.error(new PosProblem(HttpStatus.NOT_FOUND,
                                DeclineReason.TEMPORARY_CARD_INVALID.name(), "This is no valid temporary card"));
                    }
                    if (check.refusal() == DeclineReason.TEMPORARY_CARD_EXPIRED
                            || check.refusal() == DeclineReason.TEMPORARY_CARD_REVOKED) {
                        return Mono.error(new PosProblem(HttpStatus.CONFLICT, check.refusal().name(),
                                "This temporary card no longer works"));
                    }
                    return ledger.query(new FindAccountSummary(check.accountId()),
                                    ResponseTypes.instanceOf(AccountSummary.class))
                            .switchIfEmpty(Mono.error(() -> new PosProblem(HttpStatus.NOT_FOUND,
                                    DeclineReason.TEMPORARY_CARD_INVALID.name(), "This is no valid temporary card")))
                            .map(account -> new CardBalance(check.temporaryCardId().value(), account.balance().ore(),
                                    account.status(), true));
                });
    }
}
