package dk.kantinekort.embedded.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * app's, in turns; the rates are logged.
 */
class ReadModelStoreIndexBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStoreIndexBenchmarkTest.class);
    private static final int DOCUMENTS = Integer.getInteger("bench.readmodel.documents", 20_000);

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
