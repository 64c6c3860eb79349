package dk.kantinekort.embedded.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Non-unique indexes of the embedded read-model store: the same answers as a scan, from the matching keys only. */
class ReadModelSecondaryIndexTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void anIndexedQueryAnswersExactlyWhatTheScanOfAnUnindexedCopyAnswers() {
        withDatabase(new ReadModelH2Backend(file()), database -> {
            MongoCollection<Document> indexed = database.getCollection("indexed");
            MongoCollection<Document> scanned = database.getCollection("scanned");
            indexed.createIndex(Indexes.ascending("accountId", "at", "seq"));
            Random random = new Random(16);
            Object[] accounts = {"a", "b", "c", 1, 1L, 1.0, 2, true, null};
            for (int i = 0; i < 600; i++) {
                Document row = new Document("_id", i % 7 == 0 ? new Document("row", i) : "row-" + i)
                        .append("at", Date.from(T0.plusSeconds(random.nextInt(1_000))))
                        .append("seq", i);
                switch (random.nextInt(10)) {
                    case 0 -> { } // no accountId at all
                    case 1 -> row.append("accountId", List.of("a", "c"));
                    case 2 -> row.append("accountId", List.of());
                    default -> row.append("accountId", accounts[random.nextInt(accounts.length)]);
                }
                indexed.insertOne(row);
                scanned.insertOne(row);
            }
            // changes of the indexed field, and removals, after the rows were indexed
            for (MongoCollection<Document> rows : List.of(indexed, scanned)) {
                rows.updateMany(eq("seq", 3), Updates.set("accountId", "b"));
                rows.updateOne(eq("_id", "row-5"), Updates.set("accountId", List.of("b", 2)));
                rows.deleteMany(in("seq", 8, 9, 10, 11, 12));
            }

            List<Bson> queries = new ArrayList<>();
            for (Object account : accounts) {
                queries.add(eq("accountId", account));
                queries.add(and(eq("accountId", account), gte("at", Date.from(T0.plusSeconds(300))),
                        lt("at", Date.from(T0.plusSeconds(700)))));
                queries.add(new Document("accountId", new Document("$eq", account)));
            }
            queries.add(eq("accountId", List.of("a", "c")));
            queries.add(eq("accountId", List.of()));
            queries.add(in("accountId", "a", "b"));
            for (Bson query : queries) {
                assertThat(ids(indexed, query)).as(query.toString()).isEqualTo(ids(scanned, query));
            }
            assertThat(ids(indexed, eq("accountId", "a"))).as("rows of account a").isNotEmpty();
        });
    }

    @Test
    void aLookUpReadsOnlyTheKeysOfTheValueAskedFor() {
        MVStore store = MVStore.open(null);
        MVMap<KeyValue, Object> map = store.openMap("index",
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyDataType()));
        ReadModelSecondaryIndex index = new ReadModelSecondaryIndex(map, "accountId_1",
                List.of(new IndexKey("accountId", true)), false);
        for (int i = 0; i < 1_000; i++) {
            de.bwaldvogel.mongo.bson.Document row = new de.bwaldvogel.mongo.bson.Document("_id", "row-" + i)
                    .append("accountId", "account-" + (i % 100));
            index.add(row, "row-" + i, null);
        }

        de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document("accountId", "account-7");
        assertThat(index.canHandle(query)).isTrue();
        List<Object> positions = new ArrayList<>();
        index.getPositions(query).forEach(positions::add);
        assertThat(positions).hasSize(10).allSatisfy(position ->
                assertThat(Integer.parseInt(((String) position).substring(4)) % 100).isEqualTo(7));
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("accountId", null)))
                .as("null also matches rows without the field, which a look-up by value would miss").isFalse();
        store.close();
    }

    @Test
    void anIndexDeclaredBeforeTheStoreKeptSecondaryIndexesIsBuiltFromTheDocumentsAndSurvivesReopening() {
        // a file written by the library's own backend, which ignored the index but kept its declaration
        withDatabase(new de.bwaldvogel.mongo.backend.h2.H2Backend(file()), database -> {
            MongoCollection<Document> rows = database.getCollection("rows");
            rows.createIndex(Indexes.ascending("accountId"));
            for (int i = 0; i < 50; i++) {
                rows.insertOne(new Document("_id", "row-" + i).append("accountId", "account-" + (i % 5)));
            }
        });
        withDatabase(new ReadModelH2Backend(file()), database ->
                assertThat(ids(database.getCollection("rows"), eq("accountId", "account-2"))).hasSize(10));
        withDatabase(new ReadModelH2Backend(file()), database -> {
            MongoCollection<Document> rows = database.getCollection("rows");
            rows.insertOne(new Document("_id", "row-50").append("accountId", "account-2"));
            assertThat(ids(rows, eq("accountId", "account-2"))).hasSize(11).contains("row-50");
        });
        try (MVStore store = new MVStore.Builder().fileName(file()).open()) {
            assertThat(store.openMap("readmodels.rows._index_accountId_1",
                            new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyDataType())).sizeAsLong())
                    .as("one key per document").isEqualTo(51);
        }
    }

    private static List<String> ids(MongoCollection<Document> rows, Bson query) {
        List<String> ids = new ArrayList<>();
        rows.find(query).sort(Sorts.ascending("seq")).forEach(row -> ids.add(String.valueOf(row.get("_id"))));
        return ids;
    }

    private String file() {
        return dataDir.resolve("readmodels.mv").toString();
    }

    private static void withDatabase(de.bwaldvogel.mongo.backend.h2.H2Backend backend, Consumer<MongoDatabase> body) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            body.accept(client.getDatabase("readmodels"));
        } finally {
            server.shutdown();
        }
    }
}
