package dk.kantinekort.embedded.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

class ReadModelUniqueIndexTest {

    @Test
    void aDocumentsKeyIsTheOneTheLibraryWouldComputeForEveryKindOfValue() {
        MVStore store = MVStore.open(null);
        MVMap<KeyValue, Object> map = store.openMap("index",
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyDataType()));
        List<IndexKey> keys = List.of(new IndexKey("_id", true));
        ReadModelUniqueIndex index = new ReadModelUniqueIndex(map, "_id_", keys, false);
        Index<Object> library = new EmptyIndex<>("_id_", keys);

        List<Document> documents = new ArrayList<>();
        for (Object id : Arrays.asList("a", 1, 1L, 1.0, -0.0, Long.MAX_VALUE, true, null, Instant.EPOCH,
                new ObjectId(), UUID.randomUUID(), new Document("account", "a").append("row", 1), List.of(1, 2))) {
            documents.add(new Document("_id", id).append("other", 1));
        }
        documents.add(new Document("other", 1)); // no _id at all

        for (Document document : documents) {
            assertThat(index.getKeyValues(document)).as(document.toString())
                    .isEqualTo(library.getKeyValues(document));
        }
        store.close();
    }
}
