package dk.kantinekort.pos.audit;

import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.scheme.PartSwitch;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bekræft kontoudskrift for auditors (issue 17): does the statement with this verification code match the ledger?
 * The query side recomputes the account's hash chain from the stored events and compares it with the chain kept
 * and the heads the ledger-check reports published (decision record 22).
 */
@RestController
@ApiRole(Role.AUDITOR)
@Tag(name = "Audit")
@SecurityRequirement(name = OpenApiConfiguration.AUDITOR)
class StatementProofController {

    private final Ledger ledger;
    private final PartSwitch parts;

    StatementProofController(Ledger ledger, PartSwitch parts) {
        this.ledger = ledger;
        this.parts = parts;
    }

    @GetMapping(path = "/api/v1/audit/statement-proofs/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Whether the statement with this verification code matches the ledger: MATCHES, "
            + "UNKNOWN_CODE, STATEMENT_ALTERED (the hash given is not the ledger's) or LEDGER_ALTERED (the stored "
            + "events no longer give the chain hash kept or published)", responses = {
            @ApiResponse(responseCode = "200", description = "The verification, with the account, position, time "
                    + "and balance of the statement's chain entry"),
            @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF: statement proofs are off")})
    Mono<StatementVerification> verify(@PathVariable String code,
                                       @Parameter(description = "the chain hash printed on the statement (hex), "
                                               + "to check the document too")
                                       @RequestParam(name = "hash", required = false) String hash) {
        parts.require(SchemePart.STATEMENT_PROOFS);
        if (code == null || code.isBlank() || code.length() > 64 || (hash != null && hash.length() > 128)) {
            return Mono.error(PosProblem.invalid("code must be a statement's verification code, e.g. 7QK2-M9XD-F4TR"));
        }
        return ledger.query(new VerifyStatement(code.strip(), hash), ResponseTypes.instanceOf(StatementVerification.class))
                .switchIfEmpty(Mono.error(() -> PosProblem.switchedOff(SchemePart.STATEMENT_PROOFS)));
    }

    // no consumes= here: a route chosen by content type would answer 415 before the role is checked; a body that is no
    // statement PDF is 400 below, after it
    @PostMapping(path = "/api/v1/audit/statement-proofs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Whether an uploaded statement PDF matches the ledger: its verification code and the chain "
            + "hash printed on it are read from the document and checked as above", responses = {
            @ApiResponse(responseCode = "200", description = "The verification"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: not a statement PDF with a code"),
            @ApiResponse(responseCode = "404", description = "PART_SWITCHED_OFF: statement proofs are off")})
    Mono<StatementVerification> verifyPdf(@RequestBody(required = false) byte[] pdf) {
        parts.require(SchemePart.STATEMENT_PROOFS);
        // reading a PDF is CPU work: off the event loop (it touches no file, so an interrupt harms nothing)
        return Mono.fromCallable(() -> PrintedProof.read(pdf)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(printed -> printed.map(p -> verify(p.code(), p.hash())).orElseGet(() -> Mono.error(
                        PosProblem.invalid("The body is not a statement PDF with a verification code"))));
    }

}
