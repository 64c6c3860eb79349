package dk.kantinekort.pos.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.AuditedEventBatch;
import dk.kantinekort.api.audit.BalanceAt;
import dk.kantinekort.api.audit.FindAccountHistory;
import dk.kantinekort.api.audit.FindBalanceAt;
import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.audit.RebuildStarted;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.audit.StartReadModelRebuild;
import dk.kantinekort.api.audit.StreamHistory;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.lookup.LookupRecorder;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.problem.Reasons;
import dk.kantinekort.pos.web.Correlation;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import dk.kantinekort.pos.web.PosJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The audit API (F17, role AUDITOR): an account's event history and its balance as of any instant, the ledger check,
 * the export as JSON Lines and the rebuild of the read models. Everything is answered by the query side, from the
 * event store: the questions through the query gateway, the two actions (run a check, start a rebuild) as commands
 * through the command gateway (decision record 14).
 */
@RestController
@ApiRole(Role.AUDITOR)
@Tag(name = "Audit")
@SecurityRequirement(name = OpenApiConfiguration.AUDITOR)
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    /** The actor named on what an auditor starts (the token names no person). */
    static final String AUDITOR = "auditor:api";
    /** Export batches asked for ahead of the client: the memory an export holds, whatever the history's length. */
    static final int BATCHES_AHEAD = 2;

    /**
     * One event: its place in the aggregate, when, its type, its payload as stored (amounts in øre) and metadata; for
     * an event that moved money also its signed amount and the balance it left, in øre.
     */
    @Schema(name = "AuditedEvent")
    record EventLine(String eventId, String aggregateId, Long sequenceNumber, Instant timestamp, String type,
                     @JsonRawValue @Schema(type = "object", description = "the event as stored") String payload,
                     String actor, String channel, String correlationId,
                     @Schema(description = "øre, negative when money left the account; absent if no money moved")
                     Long amount,
                     @Schema(description = "øre; absent if no money moved") Long balanceAfter) {

        static EventLine of(AuditedEvent event) {
            return new EventLine(event.eventId(), event.aggregateId(), event.sequenceNumber(), event.timestamp(),
                    event.type(), event.payloadJson(), event.actor(), event.channel(), event.correlationId(),
                    event.amount() == null ? null : event.amount().ore(),
                    event.balanceAfter() == null ? null : event.balanceAfter().ore());
        }
    }

    /** Every event of an account, in order. */
    @Schema(name = "AccountHistory")
    record AccountHistory(String accountId, List<EventLine> events) {
    }

    private final Ledger ledger;
    private final LookupRecorder lookups;
    /** The export's lines: one generator per batch, a line break between events. */
    private final ObjectWriter lineWriter;

    AuditController(Ledger ledger, PosJson json, LookupRecorder lookups) {
        this.ledger = ledger;
        this.lookups = lookups;
        this.lineWriter = json.mapper().writerFor(EventLine.class).withRootValueSeparator("\n");
    }

    @GetMapping(path = "/api/v1/audit/accounts/{accountId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every event of an account in order, with sequence number, timestamp, type, payload and "
            + "metadata (actor, channel, correlation id)", responses = {
            @ApiResponse(responseCode = "200", description = "The history"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND: no events for this id")})
    Mono<AccountHistory> events(@PathVariable String accountId, @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        return ledger.query(new FindAccountHistory(account), ResponseTypes.multipleInstancesOf(AuditedEvent.class))
                .defaultIfEmpty(List.of())
                .flatMap(events -> recorded(exchange, LookupPurpose.ACCOUNT_HISTORY, account, !events.isEmpty())
                        .thenReturn(events))
                .filter(events -> !events.isEmpty())
                .switchIfEmpty(Mono.error(() -> accountNotFound(account)))
                .map(events -> new AccountHistory(account, events.stream().map(EventLine::of).toList()));
    }

    @GetMapping(path = "/api/v1/audit/accounts/{accountId}/balance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The balance as of an instant, folded from the account's events, with a consistency check "
            + "of every folded event", responses = {
            @ApiResponse(responseCode = "200", description = "The balance (øre) and the fold's findings"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: at is not an ISO-8601 instant"),
            @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND")})
    Mono<BalanceAt> balance(@PathVariable String accountId,
                            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-25T12:00:00Z; now when absent")
                            @RequestParam(name = "at", required = false) String at,
                            @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        Instant instant = instant(at);
        return ledger.query(new FindBalanceAt(account, instant), ResponseTypes.instanceOf(BalanceAt.class))
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> recorded(exchange, LookupPurpose.BALANCE_AT, account, found.isPresent())
                        .then(Mono.justOrEmpty(found)))
                .switchIfEmpty(Mono.error(() -> accountNotFound(account)));
    }

    @PostMapping(path = "/api/v1/audit/ledger-checks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run a ledger check now: read-model balances against the events' fold, account by "
            + "account, and money in = money out + balances", responses = {
            @ApiResponse(responseCode = "200", description = "The check's result (passed or what differs)")})
    Mono<LedgerCheckResult> runLedgerCheck(ServerWebExchange exchange) {
        String checkId = UUID.randomUUID().toString();
        return ledger.send(new RunLedgerCheck(checkId, AUDITOR), auditorMetadata(exchange))
                .then(ledger.query(new FindLedgerCheck(checkId), ResponseTypes.instanceOf(LedgerCheckResult.class)));
    }

    @GetMapping(path = "/api/v1/audit/ledger-checks/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest ledger check, on demand or nightly", responses = {
            @ApiResponse(responseCode = "200", description = "Its result"),
            @ApiResponse(responseCode = "404", description = "NOT_FOUND: no check ran since the query side started")})
    Mono<LedgerCheckResult> latestLedgerCheck() {
        return ledger.query(new FindLatestLedgerCheck(), ResponseTypes.instanceOf(LedgerCheckResult.class))
                .switchIfEmpty(Mono.error(() -> new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND,
                        "No ledger check has run yet")));
    }

    @GetMapping(path = "/api/v1/audit/export", produces = NDJSON)
    @Operation(summary = "The whole history as JSON Lines, one event per line in the store's order, streamed")
    Flux<DataBuffer> exportAll(@Parameter(hidden = true) ServerWebExchange exchange) {
        return lookups.record(auditorMetadata(exchange), LookupChannel.AUDIT_API, LookupKey.WHOLE_HISTORY,
                LookupPurpose.HISTORY_EXPORT, List.of(), List.of())
                .thenMany(lines(StreamHistory.wholeHistory(), exchange));
    }

    @GetMapping(path = "/api/v1/audit/accounts/{accountId}/export", produces = NDJSON)
    @Operation(summary = "One account's history as JSON Lines, one event per line in order, streamed")
    Flux<DataBuffer> exportAccount(@PathVariable String accountId,
                                   @Parameter(hidden = true) ServerWebExchange exchange) {
        String account = Ids.require("accountId", accountId);
        return recorded(exchange, LookupPurpose.HISTORY_EXPORT, account, true)
                .thenMany(lines(new StreamHistory(account), exchange));
    }

    @PostMapping(path = "/api/v1/audit/rebuilds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rebuild the read models by replaying the event store; the portal keeps answering and "
            + "shows that a rebuild runs", responses = {
            @ApiResponse(responseCode = "202", description = "Started; follow it at /api/v1/audit/rebuilds/latest"),
            @ApiResponse(responseCode = "409", description = "REBUILD_IN_PROGRESS")})
    Mono<ResponseEntity<ReadModelStatus>> rebuild(ServerWebExchange exchange) {
        return ledger.<RebuildStarted>send(new StartReadModelRebuild(UUID.randomUUID().toString(), AUDITOR),
                        auditorMetadata(exchange))
                .map(answer -> {
                    if (!answer.started()) {
                        throw new PosProblem(HttpStatus.CONFLICT, Reasons.REBUILD_IN_PROGRESS,
                                "Rebuild " + answer.status().rebuildId() + " is still running");
                    }
                    return ResponseEntity.accepted().body(answer.status());
                });
    }

    @GetMapping(path = "/api/v1/audit/rebuilds/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest rebuild: REBUILDING or READY, each processor's position against the head", responses = {
            @ApiResponse(responseCode = "200", description = "Its progress"),
            @ApiResponse(responseCode = "404", description = "NOT_FOUND: no rebuild since the query side started")})
    Mono<ReadModelStatus> latestRebuild() {
        return ledger.query(new FindReadModelStatus(), ResponseTypes.instanceOf(ReadModelStatus.class))
                .filter(status -> status.rebuildId() != null)
                .switchIfEmpty(Mono.error(() -> new PosProblem(HttpStatus.NOT_FOUND, Reasons.NOT_FOUND,
                        "No rebuild has run yet")));
    }

    /**
     * Records the auditor's look-up of an account (issue 15) before anything of it is answered; {@code found} false
     * records a look-up without a match.
     */
    private Mono<Void> recorded(ServerWebExchange exchange, LookupPurpose purpose, String accountId, boolean found) {
        return lookups.record(auditorMetadata(exchange), LookupChannel.AUDIT_API, LookupKey.ACCOUNT_ID, purpose,
                List.of(), found ? List.of(accountId) : List.of());
    }

    /** The auditor's actions are recorded like any other command's: who, through which channel, which request. */
    private static Map<String, String> auditorMetadata(ServerWebExchange exchange) {
        return Metadata.of(AUDITOR, Metadata.Channel.ADMIN_API, Correlation.idOf(exchange));
    }

    /**
     * The export's body: each answer of the query (a batch of events) becomes one buffer of lines, encoded to UTF-8
     * by Jackson, so the response is written and flushed once per batch rather than once per event (and not encoded
     * a character at a time by the string encoder); at most {@link #BATCHES_AHEAD} batches are asked for ahead of the
     * client. The lines are written on another thread than the one reading the store, so the next batch is read
     * while the last one is written (the reading thread was the export's limit).
     */
    private Flux<DataBuffer> lines(StreamHistory query, ServerWebExchange exchange) {
        DataBufferFactory buffers = exchange.getResponse().bufferFactory();
        return ledger.stream(query, AuditedEventBatch.class).limitRate(BATCHES_AHEAD)
                .publishOn(Schedulers.parallel(), BATCHES_AHEAD)
                .map(batch -> buffers.wrap(lines(batch)));
    }

    private byte[] lines(AuditedEventBatch batch) {
        if (batch.events().isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream(batch.events().size() * 512);
        try (SequenceWriter out = lineWriter.writeValues(lines)) {
            for (AuditedEvent event : batch.events()) {
                out.write(EventLine.of(event));
            }
        } catch (IOException e) {
            throw new IllegalStateException("An audited event could not be written", e);
        }
        lines.write('\n');
        return lines.toByteArray();
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw PosProblem.invalid("at must be an ISO-8601 instant, e.g. 2026-11-25T12:00:00Z");
        }
    }

    private static PosProblem accountNotFound(String accountId) {
        return new PosProblem(HttpStatus.NOT_FOUND, RejectionCode.ACCOUNT_NOT_FOUND.name(),
                "No events for account " + accountId);
    }
}
