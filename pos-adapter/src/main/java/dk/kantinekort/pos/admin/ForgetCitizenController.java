package dk.kantinekort.pos.admin;

import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.citizen.ForgetReason;
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
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Right to erasure ("Glem borger", decision record 16): the person's data key and look-up rows are erased, so their
 * personal data is unreadable everywhere while every amount stays.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class ForgetCitizenController {

    /** Why the person is forgotten: a code, never free text. */
    @Schema(name = "Forgetting")
    record Forgetting(@Schema(example = "CITIZEN_REQUEST", allowableValues = {"CITIZEN_REQUEST", "NO_LONGER_NEEDED"},
            requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    private final Ledger ledger;

    ForgetCitizenController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/admin/citizens/{citizenId}/forgetting", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forget a person (GDPR art. 17): their personal data becomes unreadable everywhere; "
            + "cards are blocked, automatic top-up, subscriptions, webshop orders and links end", responses = {
            @ApiResponse(responseCode = "204", description = "Forgotten (or forgotten before)"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no or unknown reason"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND: no such person"),
            @ApiResponse(responseCode = "409", description = "BALANCE_REMAINING: an account holds money; pay it "
                    + "out first")})
    Mono<ResponseEntity<Void>> forget(@PathVariable String citizenId, @RequestBody(required = false) Forgetting body,
                                      @Parameter(hidden = true) ServerWebExchange exchange) {
        String citizen = Ids.require("citizenId", citizenId);
        return ledger.send(new ForgetCitizen(citizen, reason(body)), ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.noContent().<Void>build()));
    }

    private static ForgetReason reason(Forgetting body) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw PosProblem.invalid("reason is required: CITIZEN_REQUEST or NO_LONGER_NEEDED");
        }
        try {
            ForgetReason reason = ForgetReason.valueOf(body.reason().strip().toUpperCase(Locale.ROOT));
            if (reason == ForgetReason.RETENTION) {
                throw new IllegalArgumentException("only the retention job forgets for retention");
            }
            return reason;
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("reason is CITIZEN_REQUEST or NO_LONGER_NEEDED");
        }
    }
}
