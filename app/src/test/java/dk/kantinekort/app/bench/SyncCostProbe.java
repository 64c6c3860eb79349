package dk.kantinekort.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.jdbc.JdbcConnection;
import org.h2.engine.SessionLocal;

/**
 * What the fsync per batch costs on this disk (docs/PERFORMANCE.md, "Durable"): commits batches of rows the
 * size of a purchase's events into an H2 file database like the event store's ({@code WRITE_DELAY=0}) and
 * times each commit with no sync, with {@code MVStore.sync()} and with {@code CHECKPOINT SYNC}.
 * Arguments: batches (default 2000), rows per batch (default 16).
 */
public final class SyncCostProbe {

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path dir = Files.createTempDirectory("synccost");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("probe") + ";WRITE_DELAY=0",
                "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE e (id BIGINT PRIMARY KEY, payload VARCHAR(2000))");
            }
            c.setAutoCommit(false);
            String payload = "x".repeat(900); // about a PurchaseMade with its metadata, serialised as JSON
            long[] id = {0};
            for (String mode : new String[] {"none", "store", "checkpoint", "none", "store", "checkpoint"}) {
                long[] micros = new long[batches];
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO e VALUES (?, ?)");
                     Statement checkpoint = c.createStatement()) {
                    for (int b = 0; b < batches; b++) {
                        for (int r = 0; r < rows; r++) {
                            insert.setLong(1, id[0]++);
                            insert.setString(2, payload);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        long t0 = System.nanoTime();
                        c.commit();
                        switch (mode) {
                            case "store" -> ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase()
                                    .getStore().getMvStore().sync();
                            case "checkpoint" -> checkpoint.execute("CHECKPOINT SYNC");
                            default -> { }
                        }
                        micros[b] = (System.nanoTime() - t0) / 1000;
                    }
                }
                Arrays.sort(micros);
                System.out.printf("%-10s commit of %d rows: mean %4d µs, p50 %4d µs, p99 %5d µs%n", mode, rows,
                        Arrays.stream(micros).sum() / batches, micros[batches / 2], micros[batches * 99 / 100]);
            }
        }
    }
}
