package dk.kantinekort.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kantinekort.app.AppWithoutLogin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few seconds of each load generator of {@code bench/} against the embedded default, so that a change that breaks
 * a benchmark (an answer it does not expect, a wrong balance afterwards) fails the build and not the next person
 * who measures. They check errors and balances, never time: the figures live in docs/PERFORMANCE.md.
 */
class LoadGeneratorsSmokeTest {

    private static final int TILLS = 4;

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin("--canteen.demo-data.school-tills=" + TILLS);

    @TempDir
    Path work;

    private BenchApi api() {
        return new BenchApi("http://127.0.0.1:" + running.app().posPort(), "demo-admin",
                IntStream.rangeClosed(1, TILLS).mapToObj(i -> "demo-till-skole-" + i).toList());
    }

    @Test
    void theJavaLoadGeneratorSellsWithoutErrorsAndEveryBalanceComesOutExact() throws Exception {
        PurchaseLoadGenerator.Outcome outcome = new PurchaseLoadGenerator(api(), 40, 4, 2, 0).run();

        assertThat(outcome.approved()).as("purchases approved").isPositive();
        assertThat(outcome.errors()).as("answers other than 201 and 402").isZero();
        assertThat(outcome.balancesExact()).as("every balance is funded minus sold").isTrue();
    }

    @Test
    void theWrkScenarioSellsWithoutErrorsAndTheSumOfBalancesComesOutExact() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wrk")), "wrk is installed (.ci/run installs it)");
        Path cards = work.resolve("cards.txt");
        Path pending = work.resolve("pending.txt");
        WrkScenario.seed(api(), 40, 4, cards);

        String report = wrk(cards, pending);

        assertThat(field(report, "ERRORS")).as("wrk's other answers and socket errors:%n%s", report).isZero();
        assertThat(field(report, "COUNT")).as("purchases answered").isPositive();
        assertThat(WrkScenario.check(api(), 4, cards, field(report, "SOLD"), List.of(pending.toString())))
                .as("the sum of balances is funded minus sold").isTrue();
    }

    @Test
    void theLunchQueueOnFewHotCardsNeverOverdrawsACardAndTheSumOfBalancesComesOutExact() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wrk")), "wrk is installed (.ci/run installs it)");
        Path cards = work.resolve("hot-cards.txt");
        Path pending = work.resolve("hot-pending.txt");
        long deposit = 5_000; // 50 kr.: a card runs dry after a few purchases of up to 29,98 kr.
        WrkScenario.seed(api(), 4, 4, cards, deposit);

        String report = wrk(cards, pending, "hot");

        assertThat(field(report, "ERRORS")).as("wrk's other answers and socket errors:%n%s", report).isZero();
        Matcher counts = Pattern.compile("Purchases: (\\d+) approved, (\\d+) declined").matcher(report);
        assertThat(counts.find()).as("wrk's counts:%n%s", report).isTrue();
        assertThat(Long.parseLong(counts.group(1))).as("purchases approved").isPositive();
        assertThat(Long.parseLong(counts.group(2))).as("purchases declined for want of money").isPositive();
        assertThat(WrkScenario.check(api(), 4, cards, field(report, "SOLD"), List.of(pending.toString()), deposit))
                .as("no card below zero, and the sum of balances is funded minus sold").isTrue();
    }

    private String wrk(Path cards, Path pending) throws IOException, InterruptedException {
        return wrk(cards, pending, "smoke");
    }

    private String wrk(Path cards, Path pending, String run) throws IOException, InterruptedException {
        Path script = Path.of("..", "bench", "wrk-purchases.lua").toAbsolutePath().normalize();
        ProcessBuilder wrk = new ProcessBuilder("/usr/bin/wrk", "-t1", "-c4", "-d2s", "--timeout", "10s",
                "-s", script.toString(), "http://127.0.0.1:" + running.app().posPort())
                .redirectErrorStream(true);
        wrk.environment().putAll(Map.of("CARDS", cards.toString(), "TILLS", String.valueOf(TILLS),
                "PENDING", pending.toString(), "RUN", run));
        Process process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("wrk ends").isTrue();
        assertThat(process.exitValue()).as("wrk's exit code:%n%s", output).isZero();
        return output;
    }

    private static long field(String report, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(report);
        assertThat(matcher.find()).as("%s in wrk's report:%n%s", name, report).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
