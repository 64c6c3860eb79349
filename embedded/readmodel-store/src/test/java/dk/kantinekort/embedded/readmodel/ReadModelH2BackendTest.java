package dk.kantinekort.embedded.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded read-model store through the official driver, on a file, as the app runs it. */
class ReadModelH2BackendTest {

    private static final String INDEX_MAP = "readmodels.accounts._index__id_";
    private static final String SCRATCH_MAP = INDEX_MAP + "$resorting";

    @TempDir
    Path dataDir;

    private String file() {
        return dataDir.resolve("readmodels.mv").toString();
    }

    @Test
    void aDocumentChangedAfterItWasStoredStaysAsStored() {
        ReadModelH2Backend backend = ReadModelH2Backend.inMemory();
        de.bwaldvogel.mongo.MongoCollection<Object> rows = ((ReadModelH2Database) backend.resolveDatabase("readmodels"))
                .openOrCreateCollection("rows", de.bwaldvogel.mongo.backend.CollectionOptions.withDefaults());
        de.bwaldvogel.mongo.bson.Document row = new de.bwaldvogel.mongo.bson.Document("_id", "row-1").append("ore", 100L);
        rows.addDocument(row);

        // what the library may do to an object it handed over, while H2's serializer thread writes that object
        row.put("ore", 999L);

        assertThat(rows.queryAll().iterator().next().get("ore")).isEqualTo(100L);
        backend.close();
    }

    @Test
    void aDocumentAQueryHandedOutCanBeChangedWithoutChangingTheStoredOne() {
        ReadModelH2Backend backend = ReadModelH2Backend.inMemory();
        de.bwaldvogel.mongo.MongoCollection<Object> rows = ((ReadModelH2Database) backend.resolveDatabase("readmodels"))
                .openOrCreateCollection("rows", de.bwaldvogel.mongo.backend.CollectionOptions.withDefaults());
        rows.addDocument(new de.bwaldvogel.mongo.bson.Document("_id", "row-1").append("ore", 100L));

        // what the library's update does to the document its query matched, while H2's serializer may write it
        rows.queryAll().iterator().next().put("ore", 999L);
        assertThat(rows.queryAll().iterator().next().get("ore")).as("after changing what a scan handed out")
                .isEqualTo(100L);
        rows.handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "row-1")).iterator().next().put("ore", 998L);
        assertThat(rows.queryAll().iterator().next().get("ore")).as("after changing what a look-up handed out")
                .isEqualTo(100L);
        backend.close();
    }

    @Test
    void documentsAreInsertedUpsertedAndFoundByIdAndSurviveReopeningTheFile() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(UUID.nameUUIDFromBytes(("account:" + i).getBytes()).toString());
        }
        ObjectId objectId = new ObjectId();
        withStore(new ReadModelH2Backend(file()), accounts -> {
            for (int i = 0; i < ids.size(); i += 2) {
                accounts.insertOne(new Document("_id", ids.get(i)).append("balance", 0L));
            }
            for (int i = 0; i < ids.size(); i++) {
                accounts.updateOne(eq("_id", ids.get(i)), Updates.set("balance", (long) i), new UpdateOptions().upsert(true));
            }
            accounts.replaceOne(eq("_id", ids.get(3)), new Document("_id", ids.get(3)).append("balance", -3L),
                    new ReplaceOptions().upsert(true));
            accounts.insertOne(new Document("_id", 42).append("balance", 42L));
            accounts.insertOne(new Document("_id", objectId).append("balance", 7L));
            accounts.insertOne(new Document("_id", new Document("account", "a").append("row", 1)).append("balance", 1L));

            assertThat(accounts.countDocuments()).isEqualTo(ids.size() + 3);
            assertThat(accounts.find(eq("_id", ids.get(1))).first()).containsEntry("balance", 1L);
            assertThat(accounts.find(eq("_id", ids.get(3))).first()).containsEntry("balance", -3L);
            assertThat(accounts.find(eq("_id", 42L)).first()).as("numbers match across types").isNotNull();
        });

        withStore(new ReadModelH2Backend(file()), accounts -> {
            assertThat(accounts.countDocuments()).isEqualTo(ids.size() + 3);
            for (int i = 0; i < ids.size(); i++) {
                long expected = i == 3 ? -3L : i;
                assertThat(accounts.find(eq("_id", ids.get(i))).first()).containsEntry("balance", expected);
            }
            assertThat(accounts.find(eq("_id", objectId)).first()).containsEntry("balance", 7L);
            assertThat(accounts.find(eq("_id", new Document("account", "a").append("row", 1))).first())
                    .containsEntry("balance", 1L);
            accounts.updateOne(eq("_id", ids.get(0)), Updates.set("balance", 100L), new UpdateOptions().upsert(true));
            assertThat(accounts.countDocuments()).as("an upsert of a known id after reopening updates it")
                    .isEqualTo(ids.size() + 3);
            assertThatThrownBy(() -> accounts.insertOne(new Document("_id", ids.get(5))))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        });
    }

    @Test
    void aUniqueIndexStillRejectsDuplicatesAlsoAfterReopening() {
        withStore(new ReadModelH2Backend(file()), cards -> {
            cards.createIndex(Indexes.ascending("cardNumber"), new IndexOptions().unique(true));
            cards.insertOne(new Document("_id", "a1").append("cardNumber", "1234"));
            cards.insertOne(new Document("_id", "a2").append("cardNumber", "5678"));
            assertDuplicateKey(() -> cards.insertOne(new Document("_id", "a3").append("cardNumber", "1234")));
            assertDuplicateKey(() -> cards.updateOne(eq("_id", "a2"), Updates.set("cardNumber", "1234")));
        });

        withStore(new ReadModelH2Backend(file()), cards -> {
            assertDuplicateKey(() -> cards.insertOne(new Document("_id", "a4").append("cardNumber", "5678")));
            cards.insertOne(new Document("_id", "a4").append("cardNumber", "9999"));
            assertThat(cards.find(eq("cardNumber", "9999")).first()).containsEntry("_id", "a4");
            assertThat(cards.countDocuments()).isEqualTo(3);
        });
    }

    @Test
    void aFileWrittenByTheLibrarysBackendIsResortedOnceAndThenFoundByEveryId() {
        List<Object> ids = writeWithTheLibrarysBackend();

        withStore(new ReadModelH2Backend(file()), rows -> assertEveryIdIsFoundAndUpsertedInPlace(rows, ids));

        try (MVStore store = MVStore.open(file())) {
            assertThat(store.<String, String>openMap(ReadModelH2Database.ORDERED_INDEXES))
                    .containsEntry(INDEX_MAP, "1");
            assertThat(store.hasMap(SCRATCH_MAP)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"copying", "copied"})
    void reSortingResumesAfterACrashInTheMiddleWithoutLosingAKey(String crashedWhile) {
        List<Object> ids = writeWithTheLibrarysBackend();
        try (MVStore store = MVStore.open(file())) {
            MVMap<KeyValue, Object> index = store.openMap(INDEX_MAP);
            MVMap<KeyValue, Object> scratch = store.openMap(SCRATCH_MAP,
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyDataType()));
            List<Map.Entry<KeyValue, Object>> entries = new ArrayList<>(index.entrySet());
            int copied = crashedWhile.equals("copying") ? entries.size() / 2 : entries.size();
            entries.subList(0, copied).forEach(entry -> scratch.put(entry.getKey(), entry.getValue()));
            if (crashedWhile.equals("copied")) {
                index.clear(); // and refilled only half of it when the crash came
                entries.subList(0, entries.size() / 2).forEach(entry -> index.put(entry.getKey(), entry.getValue()));
            }
            store.<String, String>openMap(ReadModelH2Database.ORDERED_INDEXES).put(INDEX_MAP, crashedWhile);
        }

        withStore(new ReadModelH2Backend(file()), rows -> assertEveryIdIsFoundAndUpsertedInPlace(rows, ids));

        try (MVStore store = MVStore.open(file())) {
            assertThat(store.<String, String>openMap(ReadModelH2Database.ORDERED_INDEXES))
                    .containsEntry(INDEX_MAP, "1");
            assertThat(store.hasMap(SCRATCH_MAP)).isFalse();
        }
    }

    private List<Object> writeWithTheLibrarysBackend() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(UUID.nameUUIDFromBytes(("row:" + i).getBytes()).toString());
            ids.add(i + 0.5);
        }
        withStore(new H2Backend(file()), rows -> ids.forEach(id -> rows.insertOne(new Document("_id", id))));
        return ids;
    }

    private static void assertEveryIdIsFoundAndUpsertedInPlace(MongoCollection<Document> rows, List<Object> ids) {
        for (Object id : ids) {
            assertThat(rows.find(eq("_id", id)).first()).as("%s", id).isNotNull();
            rows.replaceOne(eq("_id", id), new Document("_id", id).append("seen", true),
                    new ReplaceOptions().upsert(true));
        }
        assertThat(rows.countDocuments()).isEqualTo(ids.size());
        assertThat(rows.countDocuments(eq("seen", true))).isEqualTo(ids.size());
    }

    private static void assertDuplicateKey(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    /** Serves the backend, hands its "readmodels.accounts" collection to the body, then shuts all down. */
    private static void withStore(H2Backend backend, Consumer<MongoCollection<Document>> body) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            body.accept(client.getDatabase("readmodels").getCollection("accounts"));
        } finally {
            server.shutdown(); // closes the backend and its file
        }
    }
}
