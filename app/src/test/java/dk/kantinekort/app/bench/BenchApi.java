package dk.kantinekort.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The HTTP calls the bench tools share: open and fund accounts through the admin API, post purchases, read
 * balances. Plain JDK HttpClient on HTTP/1.1, so a tool measures the server, not a client library.
 */
final class BenchApi {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An opened account: its card and the account id the deposits go to. */
    record Account(String cardNumber, String accountId) {
    }

    private final String pos;
    private final String adminToken;
    private final List<String> tillTokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    BenchApi(String pos, String adminToken, String tillToken) {
        this(pos, adminToken, List.of(tillToken));
    }

    BenchApi(String pos, String adminToken, List<String> tillTokens) {
        this.pos = pos;
        this.adminToken = adminToken;
        this.tillTokens = List.copyOf(tillTokens);
    }

    /**
     * Reads bench.pos, bench.adminToken and the tills: bench.tillToken (one), or else bench.tills school tills
     * demo-till-skole-1..N (default 16; the app seeds them with --canteen.demo-data.school-tills=N). Many tills, as a
     * real fleet: each stays far below the per-till rate limit (canteen.rate-limits.till.*).
     */
    static BenchApi fromSystemProperties() {
        String one = System.getProperty("bench.tillToken");
        List<String> tills = one != null ? List.of(one)
                : java.util.stream.IntStream.rangeClosed(1, Integer.getInteger("bench.tills", 16))
                        .mapToObj(i -> "demo-till-skole-" + i).toList();
        return new BenchApi(System.getProperty("bench.pos", "http://127.0.0.1:8081"),
                System.getProperty("bench.adminToken", "demo-admin"), tills);
    }

    /** One of the tills, at random: the load spreads over the fleet. */
    private String tillToken() {
        return tillTokens.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(tillTokens.size()));
    }

    /**
     * The till of a purchase, fixed by its idempotency key: a key is a till's own, so a replay (the durability check
     * sends each acknowledged purchase again) must come from the same till to be the same purchase.
     */
    private String tillFor(String idempotencyKey) {
        return tillTokens.get(Math.floorMod(idempotencyKey.hashCode(), tillTokens.size()));
    }

    String pos() {
        return pos;
    }

    /** Opens {@code count} accounts with cards {@code B<runId><index>}, in batches of 500 per request. */
    List<Account> openAccounts(String runId, int count) throws IOException, InterruptedException {
        List<Account> opened = new ArrayList<>(count);
        int batch = 500;
        for (int from = 0; from < count; from += batch) {
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < Math.min(count, from + batch); i++) {
                body.append(i == from ? "" : ",").append("""
                        {"cpr":"%s","name":"Elev %d","email":"elev%d@example.dk","cardNumber":"%s"}""".formatted(
                        cpr(runId, i), i, i, "B" + runId + "%07d".formatted(i)));
            }
            HttpResponse<String> response = post("/api/v1/admin/accounts", adminToken, null, body.append("]").toString());
            require(response.statusCode() / 100 == 2, "open accounts", response);
            for (JsonNode opening : JSON.readTree(response.body())) {
                opened.add(new Account(opening.path("cardNumber").asText(), opening.path("accountId").asText()));
            }
        }
        return opened;
    }

    /** The most one deposit may bring (the admin API refuses more). */
    static final long MAX_DEPOSIT_ORE = 500_000;

    /**
     * Deposits {@code amountOre} on every account (in deposits of at most {@link #MAX_DEPOSIT_ORE}), from
     * {@code clients} threads; fails on any non-201.
     */
    void fund(List<Account> accounts, long amountOre, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Account account : accounts) {
                pending.add(pool.submit(() -> {
                    int part = 0;
                    for (long left = amountOre; left > 0; left -= MAX_DEPOSIT_ORE, part++) {
                        HttpResponse<String> r = post("/api/v1/admin/accounts/" + account.accountId() + "/deposits",
                                adminToken, "fund-" + account.cardNumber() + (part == 0 ? "" : "-" + part),
                                "{\"amount\":" + Math.min(left, MAX_DEPOSIT_ORE) + ",\"reference\":\"benchmark\"}");
                        require(r.statusCode() == 201, "deposit", r);
                    }
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A purchase body of one line; the total is quantity times price. */
    static String purchaseBody(String card, int quantity, int unitPriceOre) {
        return """
                {"cardNumber":"%s","lines":[{"sku":"SKU%d","name":"Vare","quantity":%d,"unitPrice":%d}],"total":%d}"""
                .formatted(card, unitPriceOre % 7, quantity, unitPriceOre, (long) quantity * unitPriceOre);
    }

    /** POST /api/v1/purchases as the till. */
    HttpResponse<String> purchase(String idempotencyKey, String body) throws IOException, InterruptedException {
        return post("/api/v1/purchases", tillFor(idempotencyKey), idempotencyKey, body);
    }

    /**
     * The read model's balance of a card in øre, or null when there is none to read (yet): callers poll until
     * a deadline, so a 404 while the read model catches up, or a 503, is not an error here.
     */
    Long balance(String card) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/cards/" + card + "/balance", tillToken());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("balance").asLong() : null;
    }

    HttpResponse<String> post(String path, String token, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pos + path))
                .timeout(Duration.ofSeconds(120)) // opening 500 accounts in one request takes long on a busy machine
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(pos + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A valid, fictional CPR number per run and index: the date part walks through the days of 1950-1999. */
    static String cpr(String runId, int i) {
        LocalDate day = LocalDate.of(1950, 1, 1).plusDays(i % 18_000);
        int serial = Math.floorMod(runId.hashCode() + i / 18_000, 10_000);
        return "%02d%02d%02d%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear() % 100, serial);
    }

    /** A short id that keeps the cards and CPR numbers of two runs apart. */
    static String newRunId() {
        return Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    }

    static void require(boolean ok, String what, HttpResponse<String> response) {
        if (!ok) {
            throw new IllegalStateException(what + " failed: " + response.statusCode() + " " + response.body());
        }
    }
}
