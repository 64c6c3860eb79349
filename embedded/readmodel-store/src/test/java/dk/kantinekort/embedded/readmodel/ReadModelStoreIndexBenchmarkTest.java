package dk.kantinekort.embedded.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in ({@code -Dbench.readmodel=true}, size {@code -Dbench.readmodel.documents=20000}): upserts and finds by
 * string {@code _id}, the projections' access pattern, on a file store with the library's backend and with the
 * app's, in turns; and a statement's look-up (an account's rows in a period, as Kontoudskrift asks) as the
 * collection grows, on both backends (docs/PERFORMANCE.md, "How cost grows"). The figures are logged.
 */
class ReadModelStoreIndexBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStoreIndexBenchmarkTest.class);
    private static final int DOCUMENTS = Integer.getInteger("bench.readmodel.documents", 20_000);
    private static final int ROWS_PER_ACCOUNT = 50;

    @TempDir
    Path dataDir;

    @Test
    void upsertsAndFindsByIdOnBothBackends() {
        assumeTrue(Boolean.getBoolean("bench.readmodel"), "opt-in benchmark");
        for (int round = 1; round <= 2; round++) {
            measure("library H2Backend", round, H2Backend::new);
            measure("ReadModelH2Backend", round, ReadModelH2Backend::new);
        }
    }

    @Test
    void aStatementLookUpAsTheRowsOfAllAccountsGrow() {
        assumeTrue(Boolean.getBoolean("bench.readmodel"), "opt-in benchmark");
        for (int accounts : new int[] {200, 2_000, 10_000}) {
            lookUps("without the index (a scan, as before)", accounts, false);
            lookUps("with the index", accounts, true);
        }
    }

    /**
     * 50 rows per account, a day apart; then look-ups of one account's last 30 days, on the app's store with its
     * page cache ({@code -Dbench.readmodel.cache-mb}, the app's default unless given).
     */
    private void lookUps(String name, int accounts, boolean indexed) {
        String file = dataDir.resolve(name.hashCode() + "-" + accounts + ".mv").toString();
        int cacheMb = Integer.getInteger("bench.readmodel.cache-mb", ReadModelH2Backend.DEFAULT_CACHE_MB);
        MongoServer server = new MongoServer(ReadModelH2Backend.inFile(file, cacheMb));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> rows = client.getDatabase("readmodels").getCollection("statement_rows");
            if (indexed) {
                rows.createIndex(Indexes.ascending("accountId", "at", "seq"));
            }
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            List<Document> batch = new ArrayList<>();
            for (int account = 0; account < accounts; account++) {
                for (int day = 0; day < ROWS_PER_ACCOUNT; day++) {
                    batch.add(new Document("_id", id(account) + ":" + day).append("accountId", id(account))
                            .append("at", Date.from(start.plus(day, ChronoUnit.DAYS))).append("seq", day)
                            .append("amount", -1_500L).append("text", "Frokost"));
                }
                if (batch.size() >= 5_000) {
                    rows.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                rows.insertMany(batch);
            }
            Date from = Date.from(start.plus(ROWS_PER_ACCOUNT - 30, ChronoUnit.DAYS));
            long begin = System.nanoTime();
            int lookUps = indexed ? 200 : 20;
            for (int i = 0; i < lookUps; i++) {
                List<Document> found = rows.find(Filters.and(eq("accountId", id((i * 7_919) % accounts)),
                        Filters.gte("at", from))).sort(Sorts.ascending("at", "seq")).into(new ArrayList<>());
                assertThat(found).hasSize(30);
            }
            double millis = (System.nanoTime() - begin) / 1e6 / lookUps;
            log.info("{}: {} rows ({} accounts): a statement look-up takes {} ms", name,
                    accounts * ROWS_PER_ACCOUNT, accounts, String.format("%.2f", millis));
        } finally {
            server.shutdown();
        }
    }

    private void measure(String name, int round, Function<String, H2Backend> backendOnFile) {
        String file = dataDir.resolve(name + "-" + round + ".mv").toString();
        MongoServer server = new MongoServer(backendOnFile.apply(file));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> summaries = client.getDatabase("readmodels").getCollection("summaries");
            long start = System.nanoTime();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    String id = id(i);
                    summaries.updateOne(eq("_id", id), Updates.set("balance", (long) pass * i),
                            new UpdateOptions().upsert(true));
                    assertThat(summaries.find(eq("_id", id)).first()).isNotNull();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(summaries.countDocuments()).isEqualTo(DOCUMENTS);
            log.info("{} (round {}): {} upserts + {} finds by _id on a file in {} s: {} operations/s", name, round,
                    2 * DOCUMENTS, 2 * DOCUMENTS, String.format("%.2f", seconds), Math.round(4 * DOCUMENTS / seconds));
        } finally {
            server.shutdown();
        }
    }

    private static String id(int i) {
        return UUID.nameUUIDFromBytes(("account:" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
