package dk.kantinekort.ui.staff.audit;

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
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.shell.Answers;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.staff.lookup.LookupNotRecordedException;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The auditors' questions to the query side (F17, decision record 12), in the auditor's name
 * ({@code auditor:<username>}, the {@code requestedBy} of a check or a rebuild). The ledger check and the rebuild can
 * take long: they are commands (decision record 14), sent on a thread of their own, never on the UI thread, the check's
 * result then asked with {@link FindLedgerCheck}; both answered as a future the page polls. Only a staff member with
 * the role AUDITOR asks.
 */
@Component
class AuditQueries {

    /**
     * Batches (of a few hundred events each) read ahead of the browser during an export: the memory an export holds,
     * whatever its length.
     */
    static final int EXPORT_BATCHES_AHEAD = 2;
    /** How long a page waits for the quick answers (history, balance, status). */
    static final long TIMEOUT_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(AuditQueries.class);

    private final QueryGateway queryGateway;
    private final CommandSender commands;
    private final CurrentStaff currentStaff;
    private final ThreadPoolExecutor longRunning;
    private final StaffLookups lookups;

    AuditQueries(QueryGateway queryGateway, CommandGateway commandGateway, CurrentStaff currentStaff,
                 StaffLookups lookups) {
        this.queryGateway = queryGateway;
        this.commands = new CommandSender(commandGateway);
        this.currentStaff = currentStaff;
        this.lookups = lookups;
        // a plain executor never interrupts a running read (an interrupt during H2 file I/O can close the store)
        AtomicInteger count = new AtomicInteger();
        this.longRunning = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "audit-ui-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        longRunning.allowCoreThreadTimeOut(true);
    }

    /** Who asks, as the check and the rebuild record it; throws IllegalStateException for anybody but an auditor. */
    String auditor() {
        if (!currentStaff.hasRole(CurrentStaff.Role.AUDITOR)) {
            throw new IllegalStateException("Only staff with the role AUDITOR ask the audit questions");
        }
        return "auditor:" + currentStaff.username()
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
    }

    /**
     * Records the auditor's look-up of people or accounts (issue 15) before anything of them is shown; throws
     * {@link LookupNotRecordedException} when it cannot be recorded.
     */
    void recordLookup(LookupKey searchedBy, LookupPurpose purpose, List<String> citizenIds, List<String> accountIds) {
        lookups.record(CurrentStaff.Role.AUDITOR, searchedBy, purpose, citizenIds, accountIds);
    }

    /** Every event of the account in order; empty for an unknown account. */
    List<AuditedEvent> history(String accountId) {
        auditor();
        List<AuditedEvent> events = await(queryGateway.query(new FindAccountHistory(accountId),
                ResponseTypes.multipleInstancesOf(AuditedEvent.class)));
        return events == null ? List.of() : events;
    }

    Optional<BalanceAt> balanceAt(String accountId, Instant at) {
        auditor();
        return one(new FindBalanceAt(accountId, at), BalanceAt.class);
    }

    Optional<LedgerCheckResult> latestLedgerCheck() {
        auditor();
        return one(new FindLatestLedgerCheck(), LedgerCheckResult.class);
    }

    ReadModelStatus readModelStatus() {
        auditor();
        return one(new FindReadModelStatus(), ReadModelStatus.class)
                .orElseThrow(() -> new IllegalStateException("No read-model status"));
    }

    CompletableFuture<LedgerCheckResult> runLedgerCheck() {
        String auditor = auditor();
        log.info("Ledger check requested by {}", auditor);
        String checkId = UUID.randomUUID().toString();
        return this.<Object>sentOnItsOwnThread(new RunLedgerCheck(checkId, auditor), auditor)
                .thenCompose(started -> queryGateway.query(new FindLedgerCheck(checkId),
                        ResponseTypes.instanceOf(LedgerCheckResult.class)));
    }

    CompletableFuture<RebuildStarted> startRebuild() {
        String auditor = auditor();
        log.info("Read-model rebuild requested by {}", auditor);
        return sentOnItsOwnThread(new StartReadModelRebuild(UUID.randomUUID().toString(), auditor), auditor);
    }

    /**
     * The history as the streaming query hands it out in batches, read as it is consumed ({@link
     * #EXPORT_BATCHES_AHEAD} batches ahead); close
     * the stream to stop the reading. Consume it on a thread nobody interrupts (a servlet request thread).
     */
    Stream<AuditedEvent> export(StreamHistory query) {
        String auditor = auditor();
        log.info("History export ({}) requested by {}", query.accountId() == null ? "whole history"
                : "account " + query.accountId(), auditor);
        recordLookup(query.accountId() == null ? LookupKey.WHOLE_HISTORY : LookupKey.ACCOUNT_ID,
                LookupPurpose.HISTORY_EXPORT, List.of(),
                query.accountId() == null ? List.of() : List.of(query.accountId()));
        return Flux.defer(() -> Flux.from(queryGateway.streamingQuery(query, AuditedEventBatch.class)))
                .toStream(EXPORT_BATCHES_AHEAD)
                .flatMap(batch -> batch.events().stream());
    }

    private <R> Optional<R> one(Object query, Class<R> type) {
        return Optional.ofNullable(await(queryGateway.query(query, ResponseTypes.instanceOf(type))));
    }

    private static <R> R await(CompletableFuture<R> answer) {
        return Answers.await(answer, Duration.ofSeconds(TIMEOUT_SECONDS), "the query side");
    }

    private <R> CompletableFuture<R> sentOnItsOwnThread(Object command, String auditor) {
        return CompletableFuture.supplyAsync(() -> commands.<R>send(command, auditor, Metadata.Channel.ADMIN_API),
                longRunning).thenCompose(Function.identity());
    }

    @PreDestroy
    void shutdown() {
        longRunning.shutdown();
    }
}
