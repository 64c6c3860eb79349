package dk.kantinekort.pos.settlement;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.settlement.FindSettlementReconciliation;
import dk.kantinekort.api.settlement.ImportSettlementReport;
import dk.kantinekort.api.settlement.ListSettlementReports;
import dk.kantinekort.api.settlement.ResolveSettlementRow;
import dk.kantinekort.api.settlement.SettlementResolution;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReportSummary;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.problem.Reasons;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Afregning through the admin API (issue 20): import the payment provider's settlement report and read how its lines
 * match the ledger. Importing books nothing.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class SettlementController {

    private static final Pattern REPORT_ID = Pattern.compile("settlement-[0-9a-f]{64}");

    /** The report as downloaded from the provider, and the days it covers (both optional: the days of its lines). */
    @Schema(name = "SettlementReportUpload")
    record Upload(@Schema(example = "nets-2026-11.csv") String fileName,
                  @Schema(description = "the CSV text", requiredMode = Schema.RequiredMode.REQUIRED) String csv,
                  @Schema(example = "2026-11-01") String from, @Schema(example = "2026-11-30") String to) {
    }

    /** The imported report's id and number of lines. */
    @Schema(name = "SettlementReportImport")
    record Imported(String reportId, int lines) {
    }

    /** A row that did not match, settled by staff: the report's line, or the ledger's payment the provider lacks. */
    @Schema(name = "SettlementRowResolution")
    record Resolution(@Schema(example = "pay-1") String paymentId, @Schema(example = "2") Integer lineNumber,
                      @Schema(example = "CREDITED_BY_HAND", requiredMode = Schema.RequiredMode.REQUIRED,
                              allowableValues = {"CREDITED_BY_HAND", "PROVIDER_CONTACTED", "OTHER_PERIOD",
                                      "NO_ACTION_NEEDED"}) String resolution) {
    }

    private final Ledger ledger;
    private final PartSwitch parts;

    SettlementController(Ledger ledger, PartSwitch parts) {
        this.ledger = ledger;
        this.parts = parts;
    }

    @PostMapping(path = "/api/v1/admin/settlements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import the provider's settlement report (Nets Easy payout details CSV); nothing is booked",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Imported: its id and number of lines"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no csv, a line that cannot be "
                            + "read or does not add up, lines outside the period"),
                    @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF"),
                    @ApiResponse(responseCode = "409", description = "SETTLEMENT_ALREADY_IMPORTED")})
    Mono<ResponseEntity<Imported>> importReport(@RequestBody(required = false) Upload body,
                                                @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.SETTLEMENT);
        if (body == null || body.csv() == null || body.csv().isBlank()) {
            throw PosProblem.invalid("csv is required: the settlement report's text");
        }
        if (body.csv().length() > ImportSettlementReport.MAX_CHARS) {
            throw PosProblem.invalid("csv is too large");
        }
        ImportSettlementReport command = ImportSettlementReport.of(body.fileName(), body.csv(),
                date("from", body.from()), date("to", body.to()));
        return ledger.<Integer>send(command, ApiAuthentication.adminMetadata(exchange))
                .map(lines -> ResponseEntity.status(HttpStatus.CREATED).body(new Imported(command.reportId(), lines)));
    }

    @GetMapping(path = "/api/v1/admin/settlements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The imported settlement reports, newest first, with how many rows do not match")
    Mono<List<SettlementReportSummary>> reports() {
        parts.require(SchemePart.SETTLEMENT);
        return ledger.query(new ListSettlementReports(),
                ResponseTypes.multipleInstancesOf(SettlementReportSummary.class));
    }

    @GetMapping(path = "/api/v1/admin/settlements/{reportId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One report matched against the ledger: every line and every ledger payment of the period "
            + "(MATCHED, AMOUNT_DIFFERS, MISSING_IN_LEDGER, MISSING_AT_PROVIDER), provider fees apart from citizens' "
            + "fees", responses = {
                    @ApiResponse(responseCode = "200", description = "The reconciliation"),
                    @ApiResponse(responseCode = "404", description = "NOT_FOUND or PART_SWITCHED_OFF")})
    Mono<SettlementReconciliation> report(@PathVariable String reportId) {
        parts.require(SchemePart.SETTLEMENT);
        if (!REPORT_ID.matcher(reportId).matches()) {
            return Mono.error(new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND, "No such settlement report"));
        }
        return ledger.query(new FindSettlementReconciliation(reportId),
                        ResponseTypes.instanceOf(SettlementReconciliation.class))
                .switchIfEmpty(Mono.error(new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND,
                        "No such settlement report")));
    }

    @PostMapping(path = "/api/v1/admin/settlements/{reportId}/resolutions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Settle a row that did not match (a line of the report, or by paymentId a ledger payment "
            + "missing at the provider) with how: CREDITED_BY_HAND, PROVIDER_CONTACTED, OTHER_PERIOD, "
            + "NO_ACTION_NEEDED; nothing is booked", responses = {
                    @ApiResponse(responseCode = "204", description = "Settled (or settled before)"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no such line, no resolution"),
                    @ApiResponse(responseCode = "404", description = "NOT_FOUND or PART_SWITCHED_OFF")})
    Mono<ResponseEntity<Void>> resolve(@PathVariable String reportId, @RequestBody(required = false) Resolution body,
                                       @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.SETTLEMENT);
        if (!REPORT_ID.matcher(reportId).matches()) {
            return Mono.error(new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND, "No such settlement report"));
        }
        if (body == null || body.resolution() == null) {
            throw PosProblem.invalid("resolution is required: CREDITED_BY_HAND, PROVIDER_CONTACTED, OTHER_PERIOD or "
                    + "NO_ACTION_NEEDED");
        }
        if (body.lineNumber() == null && (body.paymentId() == null || body.paymentId().isBlank())) {
            throw PosProblem.invalid("lineNumber or paymentId is required");
        }
        SettlementResolution resolution;
        try {
            resolution = SettlementResolution.valueOf(body.resolution().strip());
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("resolution is CREDITED_BY_HAND, PROVIDER_CONTACTED, OTHER_PERIOD or "
                    + "NO_ACTION_NEEDED");
        }
        return ledger.send(new ResolveSettlementRow(reportId, body.paymentId(), body.lineNumber(), resolution),
                        ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.noContent().<Void>build()));
    }


    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PosProblem.invalid(name + " is a date, yyyy-MM-dd");
        }
    }
}
