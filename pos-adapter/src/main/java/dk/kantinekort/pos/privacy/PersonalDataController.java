package dk.kantinekort.pos.privacy;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.lookup.LookupRecorder;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
    private final LookupRecorder lookups;

    PersonalDataController(Ledger ledger, LookupRecorder lookups) {
        this.ledger = ledger;
        this.lookups = lookups;
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
        Map<String, String> metadata = ApiAuthentication.adminMetadata(exchange);
        return ledger.query(new FindAccountSummary(account), ResponseTypes.instanceOf(AccountSummary.class))
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> lookups.record(metadata, LookupChannel.ADMIN_API, LookupKey.ACCOUNT_ID,
                                LookupPurpose.PERSONAL_DATA_EXPORT,
                                found.map(a -> List.of(a.citizenId())).orElse(List.of()),
                                found.isPresent() ? List.of(account) : List.of())
                        .then(Mono.justOrEmpty(found)))
                .switchIfEmpty(Mono.error(() -> notFound(account)))
                .flatMap(holder -> ledger.query(new FindPersonalDataExport(holder.citizenId()),
                        ResponseTypes.instanceOf(String.class)))
                .switchIfEmpty(Mono.error(() -> notFound(account)))
                .map(json -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"personoplysninger-" + account + ".json\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static PosProblem notFound(String accountId) {
        return new PosProblem(HttpStatus.NOT_FOUND, RejectionCode.ACCOUNT_NOT_FOUND.name(),
                "No account " + accountId);
    }
}
