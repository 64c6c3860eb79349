package dk.kantinekort.app.bench;

import dk.kantinekort.app.bench.SentPurchase.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load phase of the kill -9 check: opens and funds accounts, then drives purchases from concurrent clients
 * until the app dies under them. After {@code killAfterSeconds} of purchases it creates the marker file, the
 * signal for the script to {@code kill -9} the app while requests are in flight. Every purchase and what its
 * client heard back goes into the journal.
 */
final class InterruptedLoad {

    private final BenchApi api;
    private final int accountCount;
    private final int clients;
    private final int killAfterSeconds;
    private final Path marker;
    private final Queue<SentPurchase> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    InterruptedLoad(BenchApi api, int accountCount, int clients, int killAfterSeconds, Path marker) {
        this.api = api;
        this.accountCount = accountCount;
        this.clients = clients;
        this.killAfterSeconds = killAfterSeconds;
        this.marker = marker;
    }

    DurabilityJournal run(long depositOre) throws Exception {
        String runId = BenchApi.newRunId();
        List<BenchApi.Account> accounts = api.openAccounts(runId, accountCount);
        api.fund(accounts, depositOre, clients);
        System.out.printf("Opened and funded %d accounts (run %s); %d clients start buying%n", accounts.size(), runId,
                clients);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> buyUntilTheAppIsGone(runId, accounts)));
        }
        pool.shutdown();
        // Signal the kill only while every client is still buying, else there would be nothing in flight.
        if (pool.awaitTermination(killAfterSeconds, TimeUnit.SECONDS)) {
            workers.forEach(InterruptedLoad::rethrow);
            throw new IllegalStateException("All clients stopped before the kill; the app failed on its own");
        }
        System.out.printf("Kill signal after %d s: %d purchases answered, %d in flight%n", killAfterSeconds,
                sent.size(), inFlight.get());
        Files.createFile(marker);
        // Bounded: a client stops at its first connection failure; if the kill never comes, give up.
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("The app was not killed within 60 s of the signal");
        }
        workers.forEach(InterruptedLoad::rethrow);
        return new DurabilityJournal(depositOre, accounts, List.copyOf(sent));
    }

    /** One client: random purchases on random accounts, one at a time, until a request fails at the transport. */
    private Void buyUntilTheAppIsGone(String runId, List<BenchApi.Account> accounts) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String card = accounts.get(random.nextInt(accounts.size())).cardNumber();
            int quantity = random.nextInt(1, 3);
            int price = random.nextInt(100, 1500);
            String body = BenchApi.purchaseBody(card, quantity, price);
            String key = "k9-" + runId + "-" + sequence.incrementAndGet();
            long amount = (long) quantity * price;
            inFlight.incrementAndGet();
            try {
                HttpResponse<String> r = api.purchase(key, body);
                sent.add(answered(key, card, amount, body, r));
            } catch (ConnectException | HttpConnectTimeoutException e) {
                // Nothing was sent: the app is gone. A client stops at its first connection failure.
                sent.add(new SentPurchase(key, card, amount, Outcome.NOT_SENT, null, 0, body));
                return null;
            } catch (IOException e) {
                // The request went out, the answer did not come: exactly the case a till cannot decide.
                sent.add(new SentPurchase(key, card, amount, Outcome.UNCERTAIN, null, 0, body));
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static SentPurchase answered(String key, String card, long amount, String body, HttpResponse<String> r)
            throws IOException {
        int status = r.statusCode();
        if (status == 201) {
            var json = BenchApi.JSON.readTree(r.body());
            return new SentPurchase(key, card, amount, Outcome.APPROVED, json.path("purchaseId").asText(),
                    json.path("balanceAfter").asLong(), body);
        }
        Outcome outcome = status == 402 ? Outcome.DECLINED : status < 500 ? Outcome.REFUSED : Outcome.UNCERTAIN;
        return new SentPurchase(key, card, amount, outcome, null, 0, body);
    }

    private static void rethrow(Future<?> worker) {
        try {
            worker.get();
        } catch (Exception e) {
            throw new IllegalStateException("A load client failed", e);
        }
    }
}
