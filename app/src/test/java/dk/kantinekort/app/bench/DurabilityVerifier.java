package dk.kantinekort.app.bench;

import static org.awaitility.Awaitility.await;

import dk.kantinekort.app.bench.SentPurchase.Outcome;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The verify phase of the kill -9 check, against the restarted app:
 * <ol>
 * <li>read model: every account's balance settles within [deposit - approved - uncertain, deposit - approved]
 *     (every 201 is there, nothing is charged that was never sent);</li>
 * <li>ledger: every approved purchase, re-sent with its key and body, is answered as a replay with the same
 *     purchase id and balance after (the event store kept it, not just the read model);</li>
 * <li>the uncertain purchases (and those never sent) are re-sent as a till would, which tells from the replay
 *     header whether the ledger had them; a purchase never sent must not be a replay;</li>
 * <li>read model again: every balance settles at exactly what the ledger now holds.</li>
 * </ol>
 * Reads are polled until a deadline, since the read models catch up asynchronously after the restart.
 */
final class DurabilityVerifier {

    private static final String REPLAYED = "Idempotent-Replayed";

    private final BenchApi api;
    private final DurabilityJournal journal;
    private final int clients;
    private final long catchUpMillis;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    DurabilityVerifier(BenchApi api, DurabilityJournal journal, int clients, int catchUpSeconds) {
        this.api = api;
        this.journal = journal;
        this.clients = clients;
        this.catchUpMillis = catchUpSeconds * 1000L;
    }

    /** Runs the checks and prints the summary; returns the number of violations. */
    int run() throws Exception {
        Map<String, Long> approved = sumPerCard(Outcome.APPROVED);
        Map<String, Long> uncertain = sumPerCard(Outcome.UNCERTAIN);
        long deposit = journal.depositOre();

        Settled bounds = settle("read model within bounds", card -> {
            long upper = deposit - approved.getOrDefault(card, 0L);
            long lower = upper - uncertain.getOrDefault(card, 0L);
            return b -> lower <= b && b <= upper;
        });

        List<SentPurchase> approvedPurchases = purchases(Outcome.APPROVED);
        forEachParallel(approvedPurchases, this::replaysUnchanged);

        Map<String, AtomicLong> chargedSinceJournal = new ConcurrentHashMap<>();
        AtomicLong hadBeforeKill = new AtomicLong();
        List<SentPurchase> unsettled = new ArrayList<>(purchases(Outcome.UNCERTAIN));
        unsettled.addAll(purchases(Outcome.NOT_SENT));
        forEachParallel(unsettled, p -> {
            if (resend(p, chargedSinceJournal) && p.outcome() == Outcome.UNCERTAIN) {
                hadBeforeKill.incrementAndGet();
            }
        });

        Settled exact = settle("read model equals ledger", card -> {
            long expected = deposit - approved.getOrDefault(card, 0L)
                    - chargedSinceJournal.getOrDefault(card, new AtomicLong()).get();
            return b -> b == expected;
        });

        System.out.printf("%n== kill -9 durability summary ==%n");
        System.out.printf("Purchases sent before/around the kill: %d%n", journal.purchases().size());
        System.out.printf("  acknowledged with 201 (certain):      %d%n", approvedPurchases.size());
        System.out.printf("  uncertain (no answer or 5xx):         %d, of which the ledger had %d%n",
                count(Outcome.UNCERTAIN), hadBeforeKill.get());
        System.out.printf("  declined/refused (402/4xx):           %d%n", count(Outcome.DECLINED) + count(Outcome.REFUSED));
        System.out.printf("  not sent (connection refused):        %d%n", count(Outcome.NOT_SENT));
        System.out.printf("Accounts checked: %d%n", journal.accounts().size());
        System.out.printf("  read model after restart: %d outside bounds at first read, %d after %.1f s%n",
                bounds.atFirstRead(), bounds.remaining(), bounds.seconds());
        System.out.printf("  read model after re-sends: %d differ from ledger at first read, %d after %.1f s%n",
                exact.atFirstRead(), exact.remaining(), exact.seconds());
        System.out.printf("Approved purchases replayed by the ledger with the same answer: %d of %d%n",
                approvedPurchases.size() - violationsStartingWith("replay"), approvedPurchases.size());
        System.out.printf("Violations: %d -> %s%n", violations.size(), violations.isEmpty() ? "OK" : "FAILED");
        violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
        return violations.size();
    }

    /** Re-sends an approved purchase unchanged; the ledger must answer it as a replay of the original. */
    private void replaysUnchanged(SentPurchase p) throws Exception {
        HttpResponse<String> r = api.purchase(p.key(), p.body());
        if (r.statusCode() != 201 || !"true".equals(r.headers().firstValue(REPLAYED).orElse(null))) {
            violations.add("replay of approved %s: %d %s replayed=%s".formatted(p.key(), r.statusCode(), r.body(),
                    r.headers().firstValue(REPLAYED).orElse("absent")));
            return;
        }
        var json = BenchApi.JSON.readTree(r.body());
        if (!p.purchaseId().equals(json.path("purchaseId").asText())
                || p.balanceAfter() != json.path("balanceAfter").asLong()) {
            violations.add("replay of approved %s differs: was %s/%d, now %s".formatted(p.key(), p.purchaseId(),
                    p.balanceAfter(), r.body()));
        }
    }

    /**
     * Re-sends a purchase whose fate the till did not learn, as a till would; records what it charges now.
     * Returns whether the ledger already had it (a replay).
     */
    private boolean resend(SentPurchase p, Map<String, AtomicLong> chargedSinceJournal) {
        // A 5xx right after the restart is retried, as a till would, for a few seconds.
        HttpResponse<String> r = await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5)).ignoreExceptions()
                .until(() -> api.purchase(p.key(), p.body()), answer -> answer.statusCode() < 500);
        boolean replayed = "true".equals(r.headers().firstValue(REPLAYED).orElse(null));
        if (r.statusCode() == 201) {
            chargedSinceJournal.computeIfAbsent(p.card(), c -> new AtomicLong()).addAndGet(p.amount());
            if (replayed && p.outcome() == Outcome.NOT_SENT) {
                violations.add("purchase %s was never sent but the ledger has it".formatted(p.key()));
            }
            return replayed;
        }
        if (r.statusCode() != 402) { // 402: declined now or before, nothing charged either way
            violations.add("re-send of %s %s: %d %s".formatted(p.outcome(), p.key(), r.statusCode(), r.body()));
        }
        return false;
    }

    /** How a read-model check went: accounts failing it at the first read, at the end, and how long it took. */
    private record Settled(int atFirstRead, int remaining, double seconds) {
    }

    /** Polls every account's read-model balance until each satisfies its rule, or the deadline. */
    private Settled settle(String what, Function<String, LongPredicate> rule) {
        long start = System.currentTimeMillis();
        int[] atFirstRead = {-1};
        Map<String, Long> misses = new ConcurrentHashMap<>();
        List<List<String>> pending = new ArrayList<>(List.of(
                journal.accounts().stream().map(BenchApi.Account::cardNumber).toList()));
        try {
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .atMost(Duration.ofMillis(catchUpMillis)).until(() -> {
                        misses.clear();
                        forEachParallel(pending.get(0), card -> {
                            Long balance = api.balance(card);
                            if (balance == null || !rule.apply(card).test(balance)) {
                                misses.put(card, balance == null ? Long.MIN_VALUE : balance);
                            }
                        });
                        pending.set(0, List.copyOf(misses.keySet()));
                        atFirstRead[0] = atFirstRead[0] < 0 ? misses.size() : atFirstRead[0];
                        return misses.isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            // the accounts still in misses are the violations
        }
        misses.forEach((card, b) -> violations.add("%s: card %s has %s".formatted(what, card,
                b == Long.MIN_VALUE ? "no balance" : b + " øre")));
        return new Settled(atFirstRead[0], misses.size(), (System.currentTimeMillis() - start) / 1e3);
    }

    private interface Check<T> {
        void accept(T item) throws Exception;
    }

    private <T> void forEachParallel(List<T> items, Check<T> check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    check.accept(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private Map<String, Long> sumPerCard(Outcome outcome) {
        Map<String, Long> sums = new HashMap<>();
        purchases(outcome).forEach(p -> sums.merge(p.card(), p.amount(), Long::sum));
        return sums;
    }

    private List<SentPurchase> purchases(Outcome outcome) {
        return journal.purchases().stream().filter(p -> p.outcome() == outcome).toList();
    }

    private long count(Outcome outcome) {
        return purchases(outcome).size();
    }

    private long violationsStartingWith(String prefix) {
        synchronized (violations) {
            return violations.stream().filter(v -> v.startsWith(prefix)).count();
        }
    }
}
