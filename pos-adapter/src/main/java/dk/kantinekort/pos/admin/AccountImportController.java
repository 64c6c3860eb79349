package dk.kantinekort.pos.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.pos.PosProperties;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.JsonErrors;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.problem.ProblemMapping;
import dk.kantinekort.pos.problem.Reasons;
import dk.kantinekort.pos.web.Correlation;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import dk.kantinekort.pos.web.PosJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/admin/accounts}: open card accounts for persons named by CPR, idempotent by CPR.
 * One object in -> one object out (201, or the item's problem). An array (bulk import, at most
 * {@value #MAX_ITEMS}) -> one result per item in request order, each with its {@code index}: 201 when every
 * item succeeded, else 207 with an {@code error} on the failed items; one bad item never stops the others.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class AccountImportController {

    static final int MAX_ITEMS = 1000;
    private static final Logger log = LoggerFactory.getLogger(AccountImportController.class);

    /** The outcome of one account opening; {@code error} instead of the ids when it failed. */
    @Schema(name = "AccountOpeningResult")
    record Result(@Schema(description = "Position in the request array (arrays only)") Integer index,
                  String accountId, String citizenId, String cardNumber,
                  @Schema(description = "false when the CPR number already had this account") Boolean created,
                  ItemError error) {

        static Result of(Integer index, AccountOpening opening) {
            return new Result(index, opening.accountId(), opening.citizenId(), opening.cardNumber().value(),
                    opening.created(), null);
        }
    }

    /** Why one item of a bulk import failed. */
    @Schema(name = "AccountOpeningError")
    record ItemError(int status, String reason, String detail) {
    }

    private final Ledger ledger;
    private final PosJson json;
    private final int concurrency;

    AccountImportController(Ledger ledger, PosJson json, PosProperties properties) {
        this.ledger = ledger;
        this.json = json;
        this.concurrency = Math.max(1, properties.importConcurrency());
    }

    @PostMapping(path = "/api/v1/admin/accounts", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open card accounts: one object, or an array for a bulk import",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(oneOf = {OpenAccountRequest.class, OpenAccountRequest[].class}))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Opened (created=false: already there). A single object for a single request, an array for an array",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(oneOf = {Result.class, Result[].class}))),
                    @ApiResponse(responseCode = "207", description = "Array request in which some items failed: every item has either ids or an error",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    array = @ArraySchema(schema = @Schema(implementation = Result.class)))),
                    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST (bad CPR, card number, unit kind; empty or too large array)"),
                    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED"),
                    @ApiResponse(responseCode = "409", description = "CARD_NUMBER_IN_USE: the card belongs to another person")})
    Mono<ResponseEntity<Object>> open(@RequestBody(required = false) @Parameter(hidden = true) JsonNode body,
                                      @Parameter(hidden = true) ServerWebExchange exchange) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw PosProblem.invalid("A request body is required");
        }
        Map<String, String> metadata = ApiAuthentication.adminMetadata(exchange);
        if (body.isObject()) {
            OpenAccountForPerson command = AccountOpeningValidation.validate(read(body, ""));
            return ledger.<AccountOpening>send(command, metadata)
                    .map(opening -> ResponseEntity.status(HttpStatus.CREATED).body(Result.of(null, opening)));
        }
        if (!body.isArray()) {
            throw PosProblem.invalid("The request body must be an account object or an array of them");
        }
        if (body.isEmpty() || body.size() > MAX_ITEMS) {
            throw PosProblem.invalid("An import holds 1 to " + MAX_ITEMS + " accounts");
        }
        List<Object> items = validateAll(body);
        return Flux.range(0, items.size())
                .flatMapSequential(i -> openOne(i, items.get(i), metadata, Correlation.idOf(exchange)), concurrency)
                .collectList()
                .map(results -> ResponseEntity
                        .status(results.stream().allMatch(r -> r.error() == null) ? HttpStatus.CREATED : HttpStatus.MULTI_STATUS)
                        .body(results));
    }

    /** Each item becomes a command or a problem; a CPR or card number given twice fails on its second use. */
    private List<Object> validateAll(JsonNode array) {
        List<Object> items = new ArrayList<>(array.size());
        Map<String, Integer> cprs = new HashMap<>();
        Map<String, Integer> cards = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                OpenAccountForPerson command = AccountOpeningValidation.validate(read(array.get(i), "[" + i + "]"));
                Integer firstCpr = cprs.putIfAbsent(command.cpr().digits(), i);
                Integer firstCard = cards.putIfAbsent(command.cardNumber().value(), i);
                if (firstCpr != null) {
                    throw PosProblem.invalid("The same cpr as item " + firstCpr);
                }
                if (firstCard != null) {
                    throw PosProblem.invalid("The same cardNumber as item " + firstCard);
                }
                items.add(command);
            } catch (PosProblem problem) {
                items.add(problem);
            }
        }
        return items;
    }

    private Mono<Result> openOne(int index, Object item, Map<String, String> metadata, String correlationId) {
        if (item instanceof PosProblem problem) {
            return Mono.just(failed(index, problem));
        }
        return ledger.<AccountOpening>send(item, metadata)
                .map(opening -> Result.of(index, opening))
                .onErrorResume(e -> {
                    PosProblem problem = ProblemMapping.toProblem(e);
                    if (problem == null) {
                        log.error("Opening account {} of an import failed [correlationId={}]", index, correlationId,
                                ProblemMapping.unwrap(e));
                        problem = new PosProblem(HttpStatus.INTERNAL_SERVER_ERROR, Reasons.INTERNAL_ERROR,
                                "Something went wrong on our side; quote the correlation id " + correlationId);
                    }
                    return Mono.just(failed(index, problem));
                });
    }

    private static Result failed(int index, PosProblem problem) {
        return new Result(index, null, null, null, null,
                new ItemError(problem.status().value(), problem.reason(), problem.detail()));
    }

    private OpenAccountRequest read(JsonNode node, String position) {
        if (!node.isObject()) {
            throw PosProblem.invalid(position + " must be an account object");
        }
        try {
            return json.mapper().treeToValue(node, OpenAccountRequest.class);
        } catch (JsonProcessingException e) {
            throw PosProblem.invalid(position + (position.isEmpty() ? "" : ": ") + JsonErrors.describe(e));
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid(position + " could not be read");
        }
    }
}
