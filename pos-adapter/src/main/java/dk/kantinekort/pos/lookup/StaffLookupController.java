package dk.kantinekort.pos.lookup;

import dk.kantinekort.api.lookup.ListStaffLookups;
import dk.kantinekort.api.lookup.StaffLookupPage;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Staff look-ups of personal data for auditors (issue 15): who looked up whom, when, through which channel and by what
 * kind of key, a page at a time, newest first. The typed search text is never recorded.
 */
@RestController
@ApiRole(Role.AUDITOR)
@Tag(name = "Audit")
@SecurityRequirement(name = OpenApiConfiguration.AUDITOR)
class StaffLookupController {

    static final int DEFAULT_SIZE = 100;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Ledger ledger;
    private final Clock clock;

    StaffLookupController(Ledger ledger, ObjectProvider<Clock> clock) {
        this.ledger = ledger;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping(path = "/api/v1/audit/lookups", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Staff look-ups of personal data in a period, newest first, paged", responses = {
            @ApiResponse(responseCode = "200", description = "One page and the period's total"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: from/to not an ISO instant or date, "
                    + "from not before to, page below 0 or size not 1-500")})
    Mono<StaffLookupPage> lookups(
            @Parameter(description = "ISO-8601 instant or date (Copenhagen midnight), inclusive; 24 hours before to "
                    + "when absent") @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "ISO-8601 instant or date (Copenhagen midnight), exclusive; now when absent")
            @RequestParam(name = "to", required = false) String to,
            @Parameter(description = "page number from 0") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "entries per page, 1-500, default 100")
            @RequestParam(name = "size", required = false) String size) {
        Instant end = to == null || to.isBlank() ? clock.instant() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(1)) : instant("from", from);
        if (!start.isBefore(end)) {
            throw PosProblem.invalid("from must be before to");
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / ListStaffLookups.MAX_SIZE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, ListStaffLookups.MAX_SIZE);
        return ledger.query(new ListStaffLookups(start, end, pageNumber, pageSize),
                ResponseTypes.instanceOf(StaffLookupPage.class));
    }

    private static Instant instant(String name, String text) {
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(COPENHAGEN).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw PosProblem.invalid(name + " must be an ISO-8601 instant (2026-12-06T10:00:00Z) or date (2026-12-06)");
        }
    }

    private static int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw PosProblem.invalid(name + " must be a whole number from " + min + " to " + max);
        }
    }
}
