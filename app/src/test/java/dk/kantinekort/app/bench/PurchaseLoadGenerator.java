package dk.kantinekort.app.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load generator for the till API: opens accounts through the admin API, funds them, then drives
 * purchases from concurrent clients for a fixed time and reports throughput, latency and errors. Afterwards
 * it checks every account's balance against what it expects from the answers it got.
 *
 * <p>Settings (system properties): bench.pos (http://127.0.0.1:8081), bench.accounts (10000),
 * bench.clients (32), bench.seconds (60), bench.warmup (10), bench.adminToken (demo-admin),
 * bench.tills (16: demo-till-skole-1..16, the purchase spread over them) or bench.tillToken (one till).
 */
public final class PurchaseLoadGenerator {

    private static final long DEPOSIT_ORE = 500_000; // 5.000,00 kr. per account

    private final BenchApi api;
    private final int accounts;
    private final int clients;
    private final int seconds;
    private final int warmupSeconds;

    PurchaseLoadGenerator(BenchApi api, int accounts, int clients, int seconds, int warmupSeconds) {
        this.api = api;
        this.accounts = accounts;
        this.clients = clients;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
    }

    public static void main(String[] args) throws Exception {
        Outcome outcome = new PurchaseLoadGenerator(BenchApi.fromSystemProperties(),
                Integer.getInteger("bench.accounts", 10_000), Integer.getInteger("bench.clients", 32),
                Integer.getInteger("bench.seconds", 60), Integer.getInteger("bench.warmup", 10)).run();
        if (!outcome.balancesExact()) {
            System.exit(1);
        }
    }

    /** What a run found: the measured purchases and whether every balance came out exact afterwards. */
    record Outcome(long approved, long declined, long errors, boolean balancesExact) {
    }

    Outcome run() throws Exception {
        String runId = BenchApi.newRunId();
        System.out.printf("Run %s against %s: %d accounts, %d clients, %d s (+%d s warm-up)%n", runId, api.pos(),
                accounts, clients, seconds, warmupSeconds);
        List<String> cards = openAccounts(runId);
        Map<String, AtomicLong> charged = new ConcurrentHashMap<>();
        cards.forEach(c -> charged.put(c, new AtomicLong()));

        drive(cards, charged, warmupSeconds, null);
        Histogram latency = new ConcurrentHistogram(3);
        Result result = drive(cards, charged, seconds, latency);

        System.out.printf("%nPurchases: %d approved, %d declined, %d errors in %.1f s%n", result.approved,
                result.declined, result.errors, result.elapsedSeconds);
        System.out.printf("Throughput: %.0f purchases/s%n", (result.approved + result.declined) / result.elapsedSeconds);
        System.out.printf("Latency ms: p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f%n",
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(90) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getValueAtPercentile(99.9) / 1000.0,
                latency.getMaxValue() / 1000.0);
        return new Outcome(result.approved, result.declined, result.errors, checkBalances(cards, charged));
    }

    private List<String> openAccounts(String runId) throws Exception {
        long start = System.nanoTime();
        List<BenchApi.Account> opened = api.openAccounts(runId, accounts);
        System.out.printf("Opened %d accounts in %.1f s%n", opened.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        api.fund(opened, DEPOSIT_ORE, clients);
        System.out.printf("Funded them in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return opened.stream().map(BenchApi.Account::cardNumber).toList();
    }

    private Result drive(List<String> cards, Map<String, AtomicLong> charged, int durationSeconds, Histogram latency)
            throws Exception {
        LongAdder approved = new LongAdder();
        LongAdder declined = new LongAdder();
        LongAdder errors = new LongAdder();
        long deadline = System.nanoTime() + durationSeconds * 1_000_000_000L;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    String card = cards.get(random.nextInt(cards.size()));
                    int quantity = random.nextInt(1, 3);
                    int price = random.nextInt(100, 1500);
                    String body = BenchApi.purchaseBody(card, quantity, price);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = api.purchase(UUID.randomUUID().toString(), body);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (latency != null) {
                            latency.recordValue(micros);
                        }
                        if (r.statusCode() == 201) {
                            approved.increment();
                            charged.get(card).addAndGet((long) quantity * price);
                        } else if (r.statusCode() == 402) {
                            declined.increment();
                        } else {
                            errors.increment();
                            if (errors.sum() <= 5) {
                                System.out.println("Error " + r.statusCode() + ": " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        errors.increment();
                        if (errors.sum() <= 5) {
                            System.out.println("Error: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (var w : workers) {
            w.get();
        }
        pool.shutdown();
        return new Result(approved.sum(), declined.sum(), errors.sum(), (System.nanoTime() - start) / 1e9);
    }

    private boolean checkBalances(List<String> cards, Map<String, AtomicLong> charged) throws Exception {
        long expected = 0;
        for (String card : cards) {
            expected += DEPOSIT_ORE - charged.get(card).get();
        }
        long checkStart = System.nanoTime();
        long deadline = checkStart + 60_000_000_000L;
        int rounds = 0;
        long actual;
        int mismatches;
        do {
            actual = 0;
            mismatches = 0;
            for (String card : cards) {
                Long read = api.balance(card);
                long b = read == null ? 0 : read;
                actual += b;
                if (b != DEPOSIT_ORE - charged.get(card).get()) {
                    mismatches++;
                }
            }
            rounds++;
        } while (mismatches > 0 && System.nanoTime() < deadline);
        System.out.printf("Sum of balances: expected %d øre, read side says %d øre, %d accounts differ -> %s"
                        + " (read side caught up within %.1f s, %d read rounds over all accounts)%n",
                expected, actual, mismatches, mismatches == 0 ? "OK" : "MISMATCH",
                (System.nanoTime() - checkStart) / 1e9, rounds);
        return mismatches == 0;
    }

    private record Result(long approved, long declined, long errors, double elapsedSeconds) {
    }
}
