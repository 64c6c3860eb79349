package dk.kantinekort.app.bench;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;

/**
 * The Java half of bench/wrk-purchase-benchmark.sh: {@code seed <cards file>} opens and funds the accounts
 * through the admin API and writes their card numbers, one a line, for the Lua script; {@code check <cards file>
 * <sold øre> <in-flight files>...} re-sends the purchases wrk left in flight with their keys, then reads every
 * card's balance through the till API until their sum equals funded minus sold (the read side catches up
 * asynchronously) and exits 1 when it never does, or when any card's balance is below zero (an overdraft: the
 * lunch-queue scenario, few hot cards with little money, makes many purchases meet on one account). Settings as for
 * {@link PurchaseLoadGenerator}: bench.pos, bench.accounts, bench.clients; bench.deposit (øre per card, 500000).
 */
public final class WrkScenario {

    static final long DEPOSIT_ORE = 500_000; // 5.000,00 kr. per account, unless bench.deposit says otherwise

    /**
     * Re-sends the purchases wrk left in flight (files of "token TAB key TAB body" lines) with their keys, as a till
     * would; returns what they charged: a 201 now (new or a replay) was not counted by wrk.
     */
    private static long resendInFlight(BenchApi api, List<String> files) throws Exception {
        long charged = 0;
        int resent = 0;
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                // the first try may still be in the ledger's hands: a till asked to wait (409, the key in use) asks again
                var answer = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                        .until(() -> api.post("/api/v1/purchases", f[0], f[1], f[2]), WrkScenario::answered);
                resent++;
                if (answer.statusCode() == 201) {
                    charged += BenchApi.JSON.readTree(answer.body()).path("amount").asLong();
                } else if (answer.statusCode() != 402) {
                    throw new IllegalStateException("Re-sent purchase " + f[1] + ": " + answer.statusCode() + " "
                            + answer.body());
                }
            }
        }
        System.out.printf("Re-sent %d purchases left in flight by wrk: %d øre charged for them%n", resent, charged);
        return charged;
    }

    private static boolean answered(java.net.http.HttpResponse<String> answer) {
        return !(answer.statusCode() == 409 && answer.body().contains("idempotency-key-in-use"));
    }

    public static void main(String[] args) throws Exception {
        BenchApi api = BenchApi.fromSystemProperties();
        int clients = Integer.getInteger("bench.clients", 32);
        long deposit = Long.getLong("bench.deposit", DEPOSIT_ORE);
        Path cardsFile = Path.of(args[1]);
        if (args[0].equals("seed")) {
            seed(api, Integer.getInteger("bench.accounts", 10_000), clients, cardsFile, deposit);
        } else if (!check(api, clients, cardsFile, Long.parseLong(args[2]), List.of(args).subList(3, args.length),
                deposit)) {
            System.exit(1);
        }
    }

    static void seed(BenchApi api, int accounts, int clients, Path cardsFile) throws Exception {
        seed(api, accounts, clients, cardsFile, DEPOSIT_ORE);
    }

    /**
     * Opens {@code accounts} accounts, funds each with {@code depositOre} and writes their card numbers, one a line,
     * for the wrk script; then waits until the read side shows every deposit, so that the measured run does not pay
     * for projecting the seeding (its CPU per purchase would count it).
     */
    static void seed(BenchApi api, int accounts, int clients, Path cardsFile, long depositOre) throws Exception {
        long start = System.nanoTime();
        List<BenchApi.Account> opened = api.openAccounts(BenchApi.newRunId(), accounts);
        System.out.printf("Opened %d accounts in %.1f s%n", opened.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        api.fund(opened, depositOre, clients);
        System.out.printf("Funded them with %d øre each in %.1f s%n", depositOre, (System.nanoTime() - start) / 1e9);
        Files.write(cardsFile, opened.stream().map(BenchApi.Account::cardNumber).toList(), StandardCharsets.UTF_8);
        Balances funded = awaitSum(api, clients, opened.stream().map(BenchApi.Account::cardNumber).toList(),
                depositOre * opened.size());
        System.out.printf("Read side shows the deposits: %s (%.1f s)%n", funded.exact() ? "yes" : "NOT YET",
                funded.seconds());
    }

    static boolean check(BenchApi api, int clients, Path cardsFile, long soldByWrk, List<String> pendingFiles)
            throws Exception {
        return check(api, clients, cardsFile, soldByWrk, pendingFiles, DEPOSIT_ORE);
    }

    /**
     * Re-sends what wrk left in flight, then waits (up to three minutes) for the read side to show that the sum of all
     * balances is what was funded minus {@code soldByWrk} and the re-sent purchases; true when it does and no
     * card's balance is below zero.
     */
    static boolean check(BenchApi api, int clients, Path cardsFile, long soldByWrk, List<String> pendingFiles,
                         long depositOre) throws Exception {
        List<String> cards = Files.readAllLines(cardsFile, StandardCharsets.UTF_8);
        long sold = soldByWrk + resendInFlight(api, pendingFiles);
        long expected = depositOre * cards.size() - sold;
        Balances read = awaitSum(api, clients, cards, expected);
        boolean ok = read.exact() && read.belowZero() == 0;
        System.out.printf("Sum of balances: expected %d øre (funded %d - sold %d), read side says %d øre"
                        + " (%d cards unreadable) -> %s (%.1f s, %d read rounds)%n", expected,
                depositOre * cards.size(), sold, read.sum(), read.unread(), read.exact() ? "OK" : "MISMATCH",
                read.seconds(), read.rounds());
        System.out.printf("Cards below zero (overdrafts): %d, lowest balance %d øre -> %s%n", read.belowZero(),
                read.lowest(), read.belowZero() == 0 ? "OK" : "OVERDRAFT");
        return ok;
    }

    /** What the read side said in its last round. */
    record Balances(long sum, int unread, int belowZero, long lowest, int rounds, double seconds, boolean exact) {
    }

    /** Reads every card's balance until their sum is {@code expected} (up to three minutes). */
    static Balances awaitSum(BenchApi api, int clients, List<String> cards, long expected) throws Exception {
        long checkStart = System.nanoTime();
        long deadline = checkStart + 180_000_000_000L;
        long actual;
        int unread;
        int rounds = 0;
        AtomicInteger below = new AtomicInteger();
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        do {
            AtomicLong sum = new AtomicLong();
            AtomicInteger missing = new AtomicInteger();
            below.set(0);
            lowest.set(Long.MAX_VALUE);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> reads = new ArrayList<>();
            for (String card : cards) {
                reads.add(pool.submit(() -> {
                    Long balance = api.balance(card);
                    if (balance == null) {
                        missing.incrementAndGet();
                    } else {
                        sum.addAndGet(balance);
                        lowest.accumulateAndGet(balance, Math::min);
                        if (balance < 0) {
                            below.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
            pool.shutdown();
            actual = sum.get();
            unread = missing.get();
            rounds++;
            if ((actual != expected || unread > 0) && System.nanoTime() < deadline) {
                // the read side is still catching up: give it the machine instead of 10,000 more reads at once,
                // longer each round (the tills' rate limit also refills meanwhile)
                TimeUnit.SECONDS.sleep(Math.min(3L << Math.min(rounds - 1, 3), 24));
            }
        } while ((actual != expected || unread > 0) && System.nanoTime() < deadline);
        return new Balances(actual, unread, below.get(), lowest.get(), rounds, (System.nanoTime() - checkStart) / 1e9,
                actual == expected && unread == 0);
    }
}
