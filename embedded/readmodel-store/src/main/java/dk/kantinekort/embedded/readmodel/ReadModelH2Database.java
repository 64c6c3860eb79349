package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
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
 * order; a map without that record was written by the library's backend (or before the record was written) and
 * is re-sorted once, when it is opened, if it is out of order.
 */
final class ReadModelH2Database extends H2Database {

    private static final Logger log = LoggerFactory.getLogger(ReadModelH2Database.class);

    /** '$' cannot occur in a MongoDB database name, so no database's drop removes this map. */
    static final String ORDERED_INDEXES = "$kantinekort.orderedIndexes";
    private static final String ORDERED = "1";
    /** The library's map name prefixes (package-private there). */
    private static final String DATABASES_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String COPYING = "copying";
    private static final String COPIED = "copied";

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
        MVMap<KeyValue, Object> mvMap = openIndexMap(store, mapName);
        MVMap<String, String> orderedIndexes = store.openMap(ORDERED_INDEXES);
        if (!ORDERED.equals(orderedIndexes.get(mapName))) {
            resort(store, mvMap, orderedIndexes);
        }
        return new ReadModelUniqueIndex(mvMap, indexName, keys, sparse);
    }

    /**
     * A non-unique index the library would ignore ({@link ReadModelSecondaryIndex}), in a map of the same name as a
     * unique index's, which the library's {@code dropIndex} removes by that name. An index declared before this
     * existed opens empty and is filled from the collection's documents when the library adds it.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        MVStore store = mvStore != null ? mvStore : OPENING.get();
        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        return new ReadModelSecondaryIndex(openIndexMap(store, mapName), indexName, keys, sparse);
    }

    /**
     * The library's collection, but its documents stored as BSON ({@link DocumentDataType}) instead of
     * Java-serialised; the same map names as the library's {@code H2Database}, whose drops remove them by name.
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore store = mvStore != null ? mvStore : OPENING.get();
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = store.openMap(DATABASES_PREFIX + fullCollectionName,
                new MVMap.Builder<Object, Document>().valueType(new DocumentDataType()));
        MVMap<String, Object> metaMap = store.openMap(META_PREFIX + fullCollectionName);
        return new ReadModelH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    private static MVMap<KeyValue, Object> openIndexMap(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyDataType()));
    }

    /**
     * Brings a map written in another order into this one, in steps that survive a crash at any point: the store
     * writes its versions in order, so after a crash the file holds some prefix of these steps, and the state
     * recorded in {@value #ORDERED_INDEXES} says which map still holds every entry.
     * <ol>
     *   <li>no record or {@code copying}: the map is untouched; copy its entries into a scratch map;</li>
     *   <li>{@code copied}: the scratch map holds them all; refill the map from it;</li>
     *   <li>{@code 1}: done; drop the scratch map.</li>
     * </ol>
     * Iterating a map walks its pages and never compares keys, so a map in another order can still be read.
     */
    private static void resort(MVStore store, MVMap<KeyValue, Object> mvMap, MVMap<String, String> orderedIndexes) {
        String mapName = mvMap.getName();
        String scratchName = mapName + "$resorting";
        if (!COPIED.equals(orderedIndexes.get(mapName))) {
            if (mvMap.isEmpty() || isSorted(mvMap)) {
                orderedIndexes.put(mapName, ORDERED);
                removeIfPresent(store, scratchName);
                return;
            }
            log.info("Re-sorting the {} keys of index map '{}' into the order of the embedded read-model store",
                    mvMap.sizeAsLong(), mapName);
            orderedIndexes.put(mapName, COPYING);
            MVMap<KeyValue, Object> scratch = openIndexMap(store, scratchName);
            scratch.clear();
            for (Map.Entry<KeyValue, Object> entry : mvMap.entrySet()) {
                scratch.put(entry.getKey(), entry.getValue());
            }
            orderedIndexes.put(mapName, COPIED);
        }
        MVMap<KeyValue, Object> scratch = openIndexMap(store, scratchName);
        mvMap.clear();
        for (Map.Entry<KeyValue, Object> entry : scratch.entrySet()) {
            mvMap.put(entry.getKey(), entry.getValue());
        }
        orderedIndexes.put(mapName, ORDERED);
        store.removeMap(scratch);
    }

    private static boolean isSorted(MVMap<KeyValue, Object> mvMap) {
        KeyValue previous = null;
        for (KeyValue key : mvMap.keySet()) {
            if (previous != null && mvMap.getKeyType().compare(previous, key) >= 0) {
                return false;
            }
            previous = key;
        }
        return true;
    }

    private static void removeIfPresent(MVStore store, String mapName) {
        if (store.hasMap(mapName)) {
            store.removeMap(mapName);
        }
    }
}
