package dk.kantinekort.pos.bookkeeping;

import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.CloseBookkeepingMonth;
import dk.kantinekort.api.bookkeeping.FindBookkeepingReport;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Økonomi through the admin API: the books as JSON for the finance system, and closing a month (issue 20). */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class BookkeepingController {

    /** The month to close, {@code yyyy-MM}. */
    @Schema(name = "BookkeepingMonthClosing")
    record Closing(@Schema(example = "2026-11", requiredMode = Schema.RequiredMode.REQUIRED) String month) {
    }

    private final Ledger ledger;
    private final PartSwitch parts;

    BookkeepingController(Ledger ledger, PartSwitch parts) {
        this.ledger = ledger;
        this.parts = parts;
    }

    @GetMapping(path = "/api/v1/admin/bookkeeping/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The books from one date to another, per day or month, per place and in total (øre), with "
            + "the chart of accounts' numbers and each period's reconciliation (opening + in - out = closing)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The report"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: from/to missing or wrong"),
                    @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF: Økonomi is not used")})
    Mono<BookkeepingReport> report(
            @Parameter(description = "first day, yyyy-MM-dd (or a month, yyyy-MM)") @RequestParam(name = "from",
                    required = false) String from,
            @Parameter(description = "last day, yyyy-MM-dd (or a month, yyyy-MM)") @RequestParam(name = "to",
                    required = false) String to,
            @Parameter(description = "DAY (default) or MONTH") @RequestParam(name = "granularity",
                    required = false) String granularity) {
        parts.require(SchemePart.BOOKKEEPING);
        LocalDate start = date("from", from, false);
        LocalDate end = date("to", to, true);
        ReportGranularity per = granularity(granularity);
        if (end.isBefore(start)) {
            throw PosProblem.invalid("to must not be before from");
        }
        if (per == ReportGranularity.DAY && ChronoUnit.DAYS.between(start, end) >= 366) {
            throw PosProblem.invalid("A daily report covers at most 366 days");
        }
        if (per == ReportGranularity.MONTH && ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end) >= 120) {
            throw PosProblem.invalid("A monthly report covers at most 120 months");
        }
        return ledger.query(new FindBookkeepingReport(start, end, per),
                ResponseTypes.instanceOf(BookkeepingReport.class));
    }

    @PostMapping(path = "/api/v1/admin/bookkeeping/closings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a month of the books: its figures never change again; later events stamped in it are "
            + "booked in the next open month, marked late", responses = {
                    @ApiResponse(responseCode = "204", description = "Closed"),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: no month or not yyyy-MM"),
                    @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF"),
                    @ApiResponse(responseCode = "409", description = "MONTH_NOT_ENDED, MONTH_ALREADY_CLOSED or "
                            + "EARLIER_MONTH_OPEN")})
    Mono<ResponseEntity<Void>> close(@RequestBody(required = false) Closing body,
                                     @Parameter(hidden = true) ServerWebExchange exchange) {
        parts.require(SchemePart.BOOKKEEPING);
        if (body == null || body.month() == null || body.month().isBlank()) {
            throw PosProblem.invalid("month is required, yyyy-MM");
        }
        try {
            YearMonth.parse(body.month().strip());
        } catch (DateTimeParseException e) {
            throw PosProblem.invalid("month is written yyyy-MM, e.g. 2026-11");
        }
        return ledger.send(CloseBookkeepingMonth.of(body.month().strip()), ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.noContent().<Void>build()));
    }


    private static LocalDate date(String name, String value, boolean endOfMonth) {
        if (value == null || value.isBlank()) {
            throw PosProblem.invalid(name + " is required, yyyy-MM-dd or yyyy-MM");
        }
        String text = value.strip();
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return endOfMonth ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw PosProblem.invalid(name + " is written yyyy-MM-dd or yyyy-MM");
        }
    }

    private static ReportGranularity granularity(String value) {
        if (value == null || value.isBlank()) {
            return ReportGranularity.DAY;
        }
        try {
            return ReportGranularity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("granularity is DAY or MONTH");
        }
    }
}
