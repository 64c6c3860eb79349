package dk.kantinekort.app.core.readmodel;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's H2 database, but with unique indexes whose keys are ordered by {@link IndexKeyDataType}.
 *
 * <p>An index map is recorded in the store's {@value #ORDERED_INDEXES} map once it is known to be in that
 * order; a non-empty map without that record was written by the plain library backend (or before the record
 * was committed) and is re-sorted once, when it is opened.
 */
final class ReadModelH2Database extends H2Database {

    private static final Logger log = LoggerFactory.getLogger(ReadModelH2Database.class);

    /** '$' cannot occur in a MongoDB database name, so no database's drop removes this map. */
    static final String ORDERED_INDEXES = "$kantinekort.orderedIndexes";
    private static final String ORDER_VERSION = "1";

    /**
     * The library's constructor already opens the existing indexes (calling {@link #openOrCreateUniqueIndex}),
     * before this class's fields are set, and keeps its store private: the store is handed over here.
     */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore mvStore;

    private ReadModelH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
        this.mvStore = mvStore;
    }

    static ReadModelH2Database open(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        OPENING.set(mvStore);
        try {
            return new ReadModelH2Database(databaseName, mvStore, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore store = mvStore != null ? mvStore : OPENING.get();
        // the same map name as the library's H2Database, whose dropIndex removes the map by that name
        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        MVMap<KeyValue, Object> mvMap = store.openMap(mapName,
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyDataType()));
        MVMap<String, String> orderedIndexes = store.openMap(ORDERED_INDEXES);
        if (!ORDER_VERSION.equals(orderedIndexes.get(mapName))) {
            resortIfNeeded(mvMap);
            orderedIndexes.put(mapName, ORDER_VERSION);
        }
        return new ReadModelUniqueIndex(mvMap, indexName, keys, sparse);
    }

    /** Iterating a map walks its pages and never compares keys, so a map in another order can still be read. */
    private static void resortIfNeeded(MVMap<KeyValue, Object> mvMap) {
        List<Map.Entry<KeyValue, Object>> entries = new ArrayList<>(mvMap.entrySet());
        boolean sorted = true;
        for (int i = 1; i < entries.size() && sorted; i++) {
            sorted = mvMap.getKeyType().compare(entries.get(i - 1).getKey(), entries.get(i).getKey()) < 0;
        }
        if (sorted) {
            return;
        }
        log.info("Re-sorting {} keys of index map '{}' into the order of the embedded read-model store",
                entries.size(), mvMap.getName());
        mvMap.clear();
        for (Map.Entry<KeyValue, Object> entry : entries) {
            if (mvMap.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalStateException("Duplicate key while re-sorting index map " + mvMap.getName());
            }
        }
    }
}
