package dk.kantinekort.pos.privacy;

import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.lookup.AdminAccountLookup;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Right of access through the admin API (issue 15): everything held about the holder of an account and the people
 * they act for, as the citizen gets it from "Hent mine data". The look-up is recorded before anything is answered.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class PersonalDataController {

    private final Ledger ledger;
    private final AdminAccountLookup accounts;

    PersonalDataController(Ledger ledger, AdminAccountLookup accounts) {
        this.ledger = ledger;
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/v1/admin/accounts/{accountId}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Everything held about the account's holder and the people they act for, as JSON in plain "
            + "words (right of access); the look-up is recorded", responses = {
            @ApiResponse(responseCode = "200", description = "The file, as a download"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND"),
            @ApiResponse(responseCode = "503", description = "LOOKUP_NOT_RECORDED: nothing is answered unrecorded")})
    Mono<ResponseEntity<byte[]>> personalData(@PathVariable String accountId,
                                              @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        return accounts.recorded(exchange, account, LookupPurpose.PERSONAL_DATA_EXPORT)
                .flatMap(holder -> ledger.query(new FindPersonalDataExport(holder.citizenId()),
                        ResponseTypes.instanceOf(String.class)))
                .switchIfEmpty(Mono.error(() -> AdminAccountLookup.notFound(account)))
                .map(json -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"personoplysninger-" + account + ".json\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json.getBytes(StandardCharsets.UTF_8)));
    }
}
