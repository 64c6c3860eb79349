package dk.kantinekort.pos.offline;

import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.api.offline.FindOfflinePolicy;
import dk.kantinekort.api.offline.OfflinePolicy;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleResult;
import dk.kantinekort.api.offline.OfflineUploadResult;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.web.Correlation;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Offline køb (issue 20, decision record 23): a till that cannot reach the ledger keeps selling from its cached
 * {@code GET /api/v1/offline-policy} (the limit per card and day, the cards to refuse) and uploads what it sold with
 * {@code POST /api/v1/offline-sales} when the line is back. Each sale is booked exactly once, by its own key.
 */
@RestController
@Tag(name = "Till")
@SecurityRequirement(name = OpenApiConfiguration.TILL)
class OfflineController {

    /** How often a till should fetch the policy while it is online. */
    static final int REFRESH_AFTER_SECONDS = 300;

    private final Ledger ledger;
    private final PartSwitch parts;
    private final long dailyLimitOre;
    private final Clock clock;

    OfflineController(Ledger ledger, PartSwitch parts, ObjectProvider<Clock> clock,
                      @Value("${canteen.municipality.offline-sales.daily-limit-ore:7500}") long dailyLimitOre) {
        this.ledger = ledger;
        this.parts = parts;
        this.dailyLimitOre = dailyLimitOre;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What a till may sell offline. */
    @Schema(name = "OfflinePolicy")
    record Policy(
            @Schema(description = "Most a card may buy offline per day (Copenhagen time), in øre", example = "7500")
            long dailyLimit,
            @Schema(description = "Cards a till must refuse offline (reason OPEN_DEBT, CARD_BLOCKED or ACCOUNT_BLOCKED): "
                    + "an open offline debt, a blocked card, or an account staff blocked")
            List<OfflinePolicy.DeniedCard> deniedCards,
            @Schema(description = "Fetch the policy again after this many seconds while online", example = "300")
            int refreshAfterSeconds) {
    }

    /** The ledger's answer for each uploaded sale, in the order sent. */
    @Schema(name = "OfflineUploadResult")
    record UploadAnswer(List<SaleAnswer> results) {
    }

    /** One sale's answer; the till may forget BOOKED and REPLAYED sales, and shows REFUSED ones to its manager. */
    @Schema(name = "OfflineSaleResult")
    record SaleAnswer(String idempotencyKey, String saleId,
                      @Schema(allowableValues = {"BOOKED", "REPLAYED", "REFUSED"}) String outcome,
                      @Schema(description = "Balance in øre after the sale was booked; negative is a debt") Long balanceAfter,
                      @Schema(description = "What staff will follow up: OVER_DAILY_LIMIT, OPEN_DEBT, CARD_BLOCKED, "
                              + "CARD_REPLACED, UNIT_NOT_ALLOWED, LEFT_DEBT") Set<OfflineSaleFlag> flags,
                      @Schema(description = "Why a REFUSED sale was not booked: CARD_UNKNOWN, IDEMPOTENCY_KEY_REUSED, "
                              + "INVALID_REQUEST") String reason) {
    }

    @ApiRole(Role.TILL)
    @GetMapping(path = "/api/v1/offline-policy", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What a till may sell while the ledger cannot be reached: cache it", responses = {
            @ApiResponse(responseCode = "200", description = "The limit per card and day and the cards to refuse offline"),
            @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
            @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF: this municipality does not allow offline sales")})
    Mono<Policy> policy() {
        parts.require(SchemePart.OFFLINE_SALES);
        return ledger.query(new FindOfflinePolicy(), ResponseTypes.instanceOf(OfflinePolicy.class))
                .defaultIfEmpty(new OfflinePolicy(List.of()))
                .map(policy -> new Policy(dailyLimitOre, policy.deniedCards(), REFRESH_AFTER_SECONDS));
    }

    @ApiRole(value = Role.TILL, ledgerRechecksTill = true)
    @PostMapping(path = "/api/v1/offline-sales", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload the sales a till made offline; each is booked exactly once by its own key",
            parameters = @Parameter(in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER,
                    name = Correlation.HEADER, required = false, description = "Correlation id; echoed in the response"),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Every sale's outcome, in the order sent. A sale is "
                            + "booked even when it takes the balance below zero (a debt the next deposit settles); "
                            + "sending the same upload again answers REPLAYED and books nothing more"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: the upload or a sale is malformed "
                            + "(the detail names it, e.g. sales[3].soldAt); nothing of the upload was booked"),
                    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED or TILL_UNKNOWN"),
                    @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF"),
                    @ApiResponse(responseCode = "413", description = "INVALID_REQUEST: body too large; send smaller uploads"),
                    @ApiResponse(responseCode = "503", description = "OVERLOADED or LEDGER_UNAVAILABLE: send the same upload again")})
    Mono<UploadAnswer> upload(@RequestBody(required = false) OfflineSalesRequest body,
                              @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.OFFLINE_SALES);
        TillIdentity till = ApiAuthentication.tillOf(exchange);
        List<OfflineValidation.Checked> sales = OfflineValidation.validate(body, till.tillId(), clock);
        BookOfflineSales command = new BookOfflineSales(till.tillId(),
                sales.stream().map(OfflineValidation.Checked::sale).toList());
        return ledger.<OfflineUploadResult>send(command, Ledger.tillMetadata(till.tillId(), Correlation.idOf(exchange)))
                .map(result -> answer(sales, result));
    }

    private static UploadAnswer answer(List<OfflineValidation.Checked> sales, OfflineUploadResult result) {
        List<SaleAnswer> answers = new java.util.ArrayList<>(sales.size());
        for (int i = 0; i < sales.size(); i++) {
            OfflineSaleResult r = result.results().get(i);
            answers.add(new SaleAnswer(sales.get(i).idempotencyKey(), r.saleId(), r.outcome().name(),
                    r.balanceAfter() == null ? null : r.balanceAfter().ore(), new TreeSet<>(r.flags()),
                    r.refusal() == null ? null : r.refusal().name()));
        }
        return new UploadAnswer(answers);
    }

}
