package dk.kantinekort.pos.schoolyear;

import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CloseLeaverAccount;
import dk.kantinekort.api.schoolyear.FindSchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.FindSchoolYearLeavers;
import dk.kantinekort.api.schoolyear.Leaver;
import dk.kantinekort.api.schoolyear.PreviewSchoolYearImport;
import dk.kantinekort.api.schoolyear.PupilCsv;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.SchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.SchoolYearPlan;
import dk.kantinekort.api.schoolyear.StartSchoolYearImport;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.lookup.LookupRecorder;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Skoleår through the admin API (decision record 25): the school administration's pupil file (CSV, as in the back
 * office) as a dry run, then applied under an import id (the {@code Idempotency-Key}, else the file's digest) in the
 * background with its progress, the leavers it left, and closing a leaver's account. 404 {@code PART_SWITCHED_OFF}
 * where the municipality has switched the school year off. The file's CPR numbers are never echoed.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class SchoolYearController {

    private static final String CSV = "text/csv";

    /** The dry run: how many rows of each action, each row's action (or refusal), and the leavers. */
    @Schema(name = "SchoolYearPlan")
    record Plan(Map<RowAction, Long> counts, List<dk.kantinekort.api.schoolyear.PlannedRow> rows,
                List<Leaver> leavers) {
    }

    /** An import handed to the ledger; its progress is at {@code progress}. */
    @Schema(name = "SchoolYearImportStarted")
    record Started(String importId, String progress) {
    }

    /** Closing a leaver's account. */
    @Schema(name = "LeaverClosure")
    record Closure(@Schema(example = "2027-06-30", requiredMode = Schema.RequiredMode.REQUIRED) String closesOn,
                   @Schema(allowableValues = {"NEMKONTO", "SIBLING", "NONE"}, requiredMode = Schema.RequiredMode.REQUIRED)
                   String balanceTo,
                   @Schema(description = "the sibling's account (SIBLING only); left out: the only sibling's")
                   String siblingAccountId) {
    }

    private final Ledger ledger;
    private final PartSwitch parts;
    private final LookupRecorder lookups;

    SchoolYearController(Ledger ledger, PartSwitch parts, LookupRecorder lookups) {
        this.ledger = ledger;
        this.parts = parts;
        this.lookups = lookups;
    }

    @PostMapping(path = "/api/v1/admin/school-year/previews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = CSV)),
            summary = "Dry run of a pupil file (CSV: cpr;navn;skole;klasse;kortnummer[;fraflyttet]): what would be "
            + "opened, changed, moved, left untouched or refused (and why), and the leavers; changes nothing",
            responses = {@ApiResponse(responseCode = "200", description = "The plan"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no usable header or no rows"),
                    @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF")})
    Mono<Plan> preview(@RequestBody(required = false) @Parameter(hidden = true) String csv, @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.SCHOOL_YEAR);
        List<PupilRow> rows = parse(csv);
        Map<String, String> metadata = ApiAuthentication.adminMetadata(exchange);
        return ledger.query(new PreviewSchoolYearImport(rows), ResponseTypes.instanceOf(SchoolYearPlan.class))
                .flatMap(plan -> recorded(metadata, LookupKey.CPR, plan.leavers())
                        .thenReturn(new Plan(counts(plan), plan.rows(), plan.leavers())));
    }

    @PostMapping(path = "/api/v1/admin/school-year/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = CSV)),
            summary = "Apply a pupil file; idempotent by import id (Idempotency-Key, else the file's digest): the "
            + "same file again changes nothing. Rows are applied in the background", responses = {
            @ApiResponse(responseCode = "202", description = "Started (or started before); follow `progress`"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
            @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF"),
            @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the import id was used for another file")})
    Mono<ResponseEntity<Started>> start(@RequestBody(required = false) @Parameter(hidden = true) String csv,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                        @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.SCHOOL_YEAR);
        List<PupilRow> rows = parse(csv);
        String importId = key == null || key.isBlank() ? "csv-" + digest(csv).substring(0, 40) : key.strip();
        if (!importId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw PosProblem.invalid("Idempotency-Key is 1-64 letters, digits, '.', '_' or '-'");
        }
        return ledger.<String>send(new StartSchoolYearImport(importId, rows), ApiAuthentication.adminMetadata(exchange))
                .map(id -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .body(new Started(id, "/api/v1/admin/school-year/imports/" + id)));
    }

    @GetMapping(path = "/api/v1/admin/school-year/imports/{importId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An import's progress: rows done of all, per action, and the refused rows with their reason",
            responses = {@ApiResponse(responseCode = "200", description = "The progress"),
                    @ApiResponse(responseCode = "404", description = "NOT_FOUND or PART_SWITCHED_OFF")})
    Mono<SchoolYearImportProgress> progress(@PathVariable String importId) {
        parts.require(SchemePart.SCHOOL_YEAR);
        String id = Ids.require("importId", importId);
        return ledger.query(new FindSchoolYearImportProgress(id),
                        ResponseTypes.instanceOf(SchoolYearImportProgress.class))
                .filter(Objects::nonNull)
                .switchIfEmpty(Mono.error(() -> new PosProblem(HttpStatus.NOT_FOUND, "NOT_FOUND",
                        "No import " + id + " (yet)")));
    }

    @GetMapping(path = "/api/v1/admin/school-year/imports/{importId}/leavers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The leavers after an import: open accounts at the import's schools it did not name, or named "
            + "as leaving (a recorded look-up)", responses = {@ApiResponse(responseCode = "200", description = "The leavers"),
            @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF")})
    Mono<List<Leaver>> leavers(@PathVariable String importId, @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.SCHOOL_YEAR);
        String id = Ids.require("importId", importId);
        Map<String, String> metadata = ApiAuthentication.adminMetadata(exchange);
        return ledger.query(new FindSchoolYearLeavers(id), ResponseTypes.multipleInstancesOf(Leaver.class))
                .flatMap(found -> recorded(metadata, LookupKey.ACCOUNT_ID, found).thenReturn(found));
    }

    @PostMapping(path = "/api/v1/admin/accounts/{accountId}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a leaver's account on a date (today or earlier: now); the balance is paid out to the "
            + "NemKonto of the person responsible or moved to a sibling's account, never lost; idempotent by "
            + "Idempotency-Key", responses = {
            @ApiResponse(responseCode = "202", description = "Closed, or scheduled for the date"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND or PART_SWITCHED_OFF"),
            @ApiResponse(responseCode = "409", description = "BALANCE_REMAINING (balanceTo NONE with money on the "
                    + "account), ACCOUNT_CLOSED"),
            @ApiResponse(responseCode = "422", description = "NO_SIBLING")})
    Mono<ResponseEntity<Void>> close(@PathVariable String accountId, @RequestBody(required = false) Closure body,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                     @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.SCHOOL_YEAR);
        String account = Ids.require("accountId", accountId);
        if (body == null) {
            throw PosProblem.invalid("closesOn and balanceTo are required");
        }
        CloseLeaverAccount command = new CloseLeaverAccount(account,
                key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip(), date(body.closesOn()),
                destination(body.balanceTo()), body.siblingAccountId() == null || body.siblingAccountId().isBlank()
                ? null : Ids.require("siblingAccountId", body.siblingAccountId()));
        return ledger.send(command, ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.accepted().<Void>build()));
    }


    private Mono<Void> recorded(Map<String, String> metadata, LookupKey key, List<Leaver> leavers) {
        if (leavers.isEmpty()) {
            return Mono.empty();
        }
        return lookups.record(metadata, LookupChannel.ADMIN_API, key, LookupPurpose.SUPPORT_SEARCH,
                leavers.stream().map(Leaver::citizenId).toList(), leavers.stream().map(Leaver::accountId).toList());
    }

    private static List<PupilRow> parse(String csv) {
        try {
            return PupilCsv.parse(csv);
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid(e.getMessage());
        }
    }

    private static Map<RowAction, Long> counts(SchoolYearPlan plan) {
        Map<RowAction, Long> counts = new java.util.EnumMap<>(RowAction.class);
        Arrays.stream(RowAction.values()).forEach(action -> counts.put(action, plan.count(action)));
        return counts;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(Objects.requireNonNull(value).strip());
        } catch (DateTimeException | NullPointerException e) {
            throw PosProblem.invalid("closesOn is a date, yyyy-mm-dd");
        }
    }

    private static BalanceDestination destination(String value) {
        try {
            return BalanceDestination.valueOf(Objects.requireNonNull(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PosProblem.invalid("balanceTo is NEMKONTO, SIBLING or NONE");
        }
    }

    private static String digest(String csv) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
