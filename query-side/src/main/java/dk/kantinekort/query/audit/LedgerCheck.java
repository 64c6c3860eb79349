package dk.kantinekort.query.audit;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.audit.AccountDifference;
import dk.kantinekort.api.audit.FindLatestLedgerCheck;
import dk.kantinekort.api.audit.FindLedgerCheck;
import dk.kantinekort.api.audit.FoldInconsistency;
import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.audit.LedgerCheckResult.Trigger;
import dk.kantinekort.api.audit.LedgerTotals;
import dk.kantinekort.api.audit.RunLedgerCheck;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.proof.ChainBreak;
import dk.kantinekort.query.proof.ChainAudit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The ledger check (F17): folds the whole event history once, streamed (one small fold per account, never the
 * events), then compares every account's read-model balance with its fold and checks the totals, money in = money
 * out + the sum of balances. The read side trails the event store by a moment, so an account that differs is folded
 * and read again a few times before it is reported. Runs on demand and nightly; the latest result is kept in memory.
 * <p>
 * On demand it is an action, {@link RunLedgerCheck}: a command answered at once, the check running on a thread of its
 * own (never on a command-bus worker, whose transaction and batch it would hold); {@link FindLedgerCheck} waits for
 * its result without changing anything (decision record 14).
 */
@Component
class LedgerCheck {

    private static final Logger log = LoggerFactory.getLogger(LedgerCheck.class);
    private static final int KEPT_ON_DEMAND = 32;

    private final EventHistory history;
    private final ReadModelBalances readModel;
    private final ObjectProvider<ChainAudit> chainAudit;
    private final Clock clock;
    private final int recheckAttempts;
    private final Duration recheckPause;
    private final AtomicReference<LedgerCheckResult> latest = new AtomicReference<>();
    /** The checks started on demand, by id: the few most recent, so their senders can ask for the result. */
    private final Map<String, CompletableFuture<LedgerCheckResult>> onDemand = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<LedgerCheckResult>> eldest) {
            return size() > KEPT_ON_DEMAND;
        }
    };
    /** A plain thread, never interrupted (an interrupt during H2 file I/O can close the event store). */
    private final ExecutorService checking = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-check");
        thread.setDaemon(true);
        return thread;
    });

    LedgerCheck(EventHistory history, ReadModelBalances readModel, ObjectProvider<ChainAudit> chainAudit,
                ObjectProvider<Clock> clock,
                @Value("${canteen.audit.recheck-attempts:3}") int recheckAttempts,
                @Value("${canteen.audit.recheck-pause:PT1S}") Duration recheckPause) {
        this.history = history;
        this.readModel = readModel;
        this.chainAudit = chainAudit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.recheckAttempts = recheckAttempts;
        this.recheckPause = recheckPause;
    }

    /** Starts the check on its own thread; the same id again (a command run again) starts nothing more. */
    @CommandHandler
    void handle(RunLedgerCheck command) {
        synchronized (onDemand) {
            onDemand.computeIfAbsent(command.checkId(), checkId -> CompletableFuture.supplyAsync(
                    () -> run(checkId, Trigger.ON_DEMAND, command.requestedBy()), checking));
        }
    }

    @QueryHandler
    CompletableFuture<LedgerCheckResult> handle(FindLedgerCheck query) {
        synchronized (onDemand) {
            CompletableFuture<LedgerCheckResult> check = onDemand.get(query.checkId());
            return check == null ? CompletableFuture.completedFuture(null) : check.copy();
        }
    }

    @QueryHandler
    LedgerCheckResult handle(FindLatestLedgerCheck query) {
        return latest.get();
    }

    @Scheduled(cron = "${canteen.audit.ledger-check-cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
    void nightly() {
        run(UUID.randomUUID().toString(), Trigger.NIGHTLY, "system:ledger-check");
    }

    @PreDestroy
    void stop() {
        checking.shutdown();
    }

    /** Runs one check; checks do not overlap (a second waits for the first). */
    synchronized LedgerCheckResult run(String checkId, Trigger trigger, String requestedBy) {
        Instant startedAt = clock.instant();
        Map<String, BalanceFold> folds = new HashMap<>();
        long eventsRead = 0;
        // statement proofs: every account's hash chain recomputed in the same pass (decision record 22)
        Optional<ChainAudit.Run> chain = Optional.ofNullable(chainAudit.getIfAvailable()).flatMap(ChainAudit::start);
        try (Stream<TrackedEventMessage<?>> events = history.upToHead()) {
            Iterator<TrackedEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                TrackedEventMessage<?> event = it.next();
                fold(event, folds);
                chain.ifPresent(c -> c.accept(event));
                eventsRead++;
            }
        }

        List<AccountDifference> differences = new ArrayList<>();
        Set<String> inReadModel = new HashSet<>();
        Money[] readModelSum = {Money.ZERO};
        readModel.forEach((accountId, balance) -> {
            inReadModel.add(accountId);
            readModelSum[0] = readModelSum[0].plus(balance);
            BalanceFold fold = folds.get(accountId);
            Money ledger = fold == null ? null : fold.balance();
            if (!balance.equals(ledger)) {
                differences.add(new AccountDifference(accountId, balance, ledger));
            }
        });
        folds.values().stream().filter(f -> !inReadModel.contains(f.accountId()))
                .forEach(f -> differences.add(new AccountDifference(f.accountId(), null, f.balance())));

        List<AccountDifference> confirmed = recheck(differences);
        List<FoldInconsistency> inconsistencies = folds.values().stream()
                .flatMap(f -> f.inconsistencies().stream()).toList();
        LedgerTotals totals = totals(folds.values(), readModelSum[0]);
        LedgerCheckResult result = new LedgerCheckResult(checkId, trigger, requestedBy,
                startedAt, clock.instant(), eventsRead, folds.size(), totals, confirmed, inconsistencies,
                confirmed.isEmpty() && inconsistencies.isEmpty() && totals.balanced());
        if (chain.isPresent()) {
            List<ChainBreak> breaks = chain.get().finish(result);
            result = new LedgerCheckResult(result.checkId(), trigger, requestedBy, startedAt, result.finishedAt(),
                    eventsRead, folds.size(), totals, confirmed, inconsistencies,
                    result.passed() && breaks.isEmpty(), breaks);
        }
        latest.set(result);
        log.info("Ledger check {} ({}): {} accounts, {} events, {} differences, {} inconsistencies, {} chain breaks, "
                        + "totals {}", result.checkId(), trigger, result.accountsChecked(), eventsRead,
                confirmed.size(), inconsistencies.size(), result.chainBreaks().size(),
                totals.balanced() ? "balanced" : "NOT balanced");
        return result;
    }

    private static void fold(EventMessage<?> event, Map<String, BalanceFold> folds) {
        Object payload = event.getPayload();
        if (payload instanceof CardAccountOpened opened) {
            folds.computeIfAbsent(opened.accountId(), BalanceFold::new);
        } else if (payload instanceof BalanceChanged changed) {
            long sequenceNumber = event instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1;
            folds.computeIfAbsent(changed.accountId(), BalanceFold::new).apply(changed, sequenceNumber);
        }
    }

    /** Keeps the differences that remain after the read side had time to catch up with newer events. */
    private List<AccountDifference> recheck(List<AccountDifference> differences) {
        List<AccountDifference> open = differences;
        for (int attempt = 0; attempt < recheckAttempts && !open.isEmpty(); attempt++) {
            pause();
            List<AccountDifference> still = new ArrayList<>();
            for (AccountDifference difference : open) {
                Money ledger = ledgerBalanceOf(difference.accountId()).orElse(null);
                Money stored = readModel.of(difference.accountId()).orElse(null);
                if (ledger == null ? stored != null : !ledger.equals(stored)) {
                    still.add(new AccountDifference(difference.accountId(), stored, ledger));
                }
            }
            open = still;
        }
        return open;
    }

    private Optional<Money> ledgerBalanceOf(String accountId) {
        BalanceFold fold = new BalanceFold(accountId);
        boolean any = false;
        try (Stream<? extends DomainEventMessage<?>> events = history.ofAggregate(accountId)) {
            Iterator<? extends DomainEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                DomainEventMessage<?> event = it.next();
                any = true;
                if (event.getPayload() instanceof BalanceChanged changed) {
                    fold.apply(changed, event.getSequenceNumber());
                }
            }
        }
        return any ? Optional.of(fold.balance()) : Optional.empty();
    }

    private void pause() {
        try {
            Thread.sleep(recheckPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a ledger check", e);
        }
    }

    private static LedgerTotals totals(Collection<BalanceFold> folds, Money readModelSum) {
        Money deposits = sum(folds, Movement.Kind.DEPOSIT);
        Money refunds = sum(folds, Movement.Kind.REFUND);
        Money purchases = sum(folds, Movement.Kind.PURCHASE);
        Money fees = sum(folds, Movement.Kind.FEE);
        Money payouts = sum(folds, Movement.Kind.PAYOUT);
        // transfers move money between accounts: together they add to nothing, except a debit not yet credited
        Money in = deposits.plus(refunds).plus(sum(folds, Movement.Kind.TRANSFER));
        Money out = purchases.plus(fees).plus(payouts);
        Money balances = folds.stream().map(BalanceFold::balance).reduce(Money.ZERO, Money::plus);
        return new LedgerTotals(deposits, refunds, purchases, fees, payouts, in, out, balances, readModelSum,
                in.equals(out.plus(balances)));
    }

    private static Money sum(Collection<BalanceFold> folds, Movement.Kind kind) {
        return folds.stream().map(f -> f.total(kind)).reduce(Money.ZERO, Money::plus);
    }
}
