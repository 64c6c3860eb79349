package dk.kantinekort.app.bench;

import java.nio.file.Path;

/**
 * Proves "a purchase a till got a 201 for survives a kill -9, and the read models catch up"; driven by
 * {@code bench/kill9-durability.sh}, which starts, kills and restarts the app between the two phases:
 * <ul>
 * <li>{@code load}: open and fund accounts, buy until the app is killed, write the journal;</li>
 * <li>{@code verify}: against the restarted app, check the journal (see {@link DurabilityVerifier}); exits 1 on
 *     any violation.</li>
 * </ul>
 * Settings (system properties): bench.pos, bench.adminToken, bench.tills or bench.tillToken (see {@link BenchApi}),
 * check.journal, check.marker (file created when the app should be killed), check.accounts (500),
 * check.clients (16), check.killAfter (5 s), check.catchUp (120 s).
 */
public final class Kill9DurabilityCheck {

    private static final long DEPOSIT_ORE = 500_000; // 5.000,00 kr.: no purchase is declined for lack of money

    public static void main(String[] args) throws Exception {
        BenchApi api = BenchApi.fromSystemProperties();
        Path journal = Path.of(System.getProperty("check.journal", "kill9-journal.tsv"));
        int clients = Integer.getInteger("check.clients", 16);
        String phase = args.length == 1 ? args[0] : "";
        switch (phase) {
            case "load" -> new InterruptedLoad(api, Integer.getInteger("check.accounts", 500), clients,
                    Integer.getInteger("check.killAfter", 5), Path.of(System.getProperty("check.marker", "kill-now")))
                    .run(DEPOSIT_ORE).write(journal);
            case "verify" -> {
                int violations = new DurabilityVerifier(api, DurabilityJournal.read(journal), clients,
                        Integer.getInteger("check.catchUp", 120)).run();
                System.exit(violations == 0 ? 0 : 1);
            }
            default -> {
                System.err.println("usage: Kill9DurabilityCheck load|verify");
                System.exit(2);
            }
        }
    }
}
