package dk.kantinekort.pos.offline;

import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.offline.ListOfflineSales;
import dk.kantinekort.api.offline.OfflineSaleView;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.lookup.AdminAccountLookup;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Offline køb for staff through the admin API (issue 20), as Support shows them: an account's offline sales with the
 * time sold, the time booked, the place, the amount, the balance after and what to follow up (flags). The look-up of
 * the account is recorded first, as every admin look-up of an account.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class OfflineSalesAdminController {

    private final Ledger ledger;
    private final AdminAccountLookup accounts;
    private final PartSwitch parts;

    OfflineSalesAdminController(Ledger ledger, AdminAccountLookup accounts, PartSwitch parts) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.parts = parts;
    }

    @GetMapping(path = "/api/v1/admin/accounts/{accountId}/offline-sales", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The account's offline sales, newest first, with their flags (OPEN_DEBT, LEFT_DEBT, "
            + "OVER_DAILY_LIMIT, CARD_BLOCKED, ...); the look-up is recorded", responses = {
            @ApiResponse(responseCode = "200", description = "The sales (an empty list when there are none)"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND, or PART_SWITCHED_OFF"),
            @ApiResponse(responseCode = "503", description = "LOOKUP_NOT_RECORDED: nothing is answered unrecorded")})
    Mono<List<OfflineSaleView>> offlineSales(@PathVariable String accountId,
                                            @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.OFFLINE_SALES);
        String account = Ids.require("accountId", accountId);
        return accounts.recorded(exchange, account, LookupPurpose.ACCOUNT_HISTORY)
                .flatMap(found -> ledger.query(new ListOfflineSales(account),
                        ResponseTypes.multipleInstancesOf(OfflineSaleView.class)))
                .defaultIfEmpty(List.of());
    }
}
