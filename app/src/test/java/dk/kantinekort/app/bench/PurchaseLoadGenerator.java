package dk.kantinekort.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * bench.tillToken (demo-till-skole-1).
 */
public final class PurchaseLoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEPOSIT_ORE = 500_000; // 5.000,00 kr. per account

    private final String pos = System.getProperty("bench.pos", "http://127.0.0.1:8081");
    private final int accounts = Integer.getInteger("bench.accounts", 10_000);
    private final int clients = Integer.getInteger("bench.clients", 32);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int warmupSeconds = Integer.getInteger("bench.warmup", 10);
    private final String adminToken = System.getProperty("bench.adminToken", "demo-admin");
    private final String tillToken = System.getProperty("bench.tillToken", "demo-till-skole-1");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        new PurchaseLoadGenerator().run();
    }

    void run() throws Exception {
        String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        System.out.printf("Run %s against %s: %d accounts, %d clients, %d s (+%d s warm-up)%n", runId, pos, accounts,
                clients, seconds, warmupSeconds);
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
        checkBalances(cards, charged);
    }

    private List<String> openAccounts(String runId) throws Exception {
        long start = System.nanoTime();
        List<String> cards = new ArrayList<>();
        int batch = 500;
        for (int from = 0; from < accounts; from += batch) {
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < Math.min(accounts, from + batch); i++) {
                String card = "B" + runId + "%07d".formatted(i);
                cards.add(card);
                body.append(i == from ? "" : ",").append("""
                        {"cpr":"%s","name":"Elev %d","email":"elev%d@example.dk","cardNumber":"%s"}""".formatted(
                        cpr(runId, i), i, i, card));
            }
            HttpResponse<String> response = post("/api/v1/admin/accounts", adminToken, null, body.append("]").toString());
            require(response.statusCode() / 100 == 2, "open accounts", response);
        }
        System.out.printf("Opened %d accounts in %.1f s%n", cards.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        fund(cards);
        System.out.printf("Funded them in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return cards;
    }

    private void fund(List<String> cards) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (String card : cards) {
                pending.add(pool.submit(() -> {
                    String accountId = accountIdOf(card);
                    HttpResponse<String> r = post("/api/v1/admin/accounts/" + accountId + "/deposits", adminToken,
                            "fund-" + card, "{\"amount\":" + DEPOSIT_ORE + ",\"reference\":\"benchmark\"}");
                    require(r.statusCode() == 201, "deposit", r);
                    return null;
                }));
            }
            for (var f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private final Map<String, String> accountIds = new ConcurrentHashMap<>();

    private String accountIdOf(String card) {
        return accountIds.get(card);
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
                    String body = """
                            {"cardNumber":"%s","lines":[{"sku":"SKU%d","name":"Vare","quantity":%d,"unitPrice":%d}],"total":%d}"""
                            .formatted(card, price % 7, quantity, price, quantity * price);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = post("/api/v1/purchases", tillToken, UUID.randomUUID().toString(), body);
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

    private void checkBalances(List<String> cards, Map<String, AtomicLong> charged) throws Exception {
        long expected = 0;
        for (String card : cards) {
            expected += DEPOSIT_ORE - charged.get(card).get();
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        long actual;
        int mismatches;
        do {
            actual = 0;
            mismatches = 0;
            for (String card : cards) {
                JsonNode balance = JSON.readTree(get("/api/v1/cards/" + card + "/balance", tillToken).body());
                long b = balance.path("balance").asLong();
                actual += b;
                if (b != DEPOSIT_ORE - charged.get(card).get()) {
                    mismatches++;
                }
            }
        } while (mismatches > 0 && System.nanoTime() < deadline);
        System.out.printf("Sum of balances: expected %d øre, read side says %d øre, %d accounts differ -> %s%n",
                expected, actual, mismatches, mismatches == 0 ? "OK" : "MISMATCH");
        if (mismatches > 0) {
            System.exit(1);
        }
    }

    private HttpResponse<String> post(String path, String token, String idempotencyKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pos + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (path.equals("/api/v1/admin/accounts") && response.statusCode() / 100 == 2) {
            for (JsonNode opening : JSON.readTree(response.body())) {
                accountIds.put(opening.path("cardNumber").asText(), opening.path("accountId").asText());
            }
        }
        return response;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pos + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A valid, fictional CPR number per run and index: the date part walks through the days of 1950-1999. */
    private static String cpr(String runId, int i) {
        java.time.LocalDate day = java.time.LocalDate.of(1950, 1, 1).plusDays(i % 18_000);
        int serial = Math.floorMod(runId.hashCode() + i / 18_000, 10_000);
        return "%02d%02d%02d%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear() % 100, serial);
    }

    private static void require(boolean ok, String what, HttpResponse<String> response) {
        if (!ok) {
            throw new IllegalStateException(what + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    private record Result(long approved, long declined, long errors, double elapsedSeconds) {
    }
}
