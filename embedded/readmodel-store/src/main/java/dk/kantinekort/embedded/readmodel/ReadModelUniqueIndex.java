package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.List;
import java.util.Map.Entry;
import org.h2.mvstore.MVMap;

/**
 * A unique index over an MVStore map, as the library's {@code H2UniqueIndex} (whose constructor is
 * package-private) but on a map opened with {@link IndexKeyDataType} keys.
 */
final class ReadModelUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> mvMap;

    ReadModelUniqueIndex(MVMap<KeyValue, Object> mvMap, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.mvMap = mvMap;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return mvMap.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return mvMap.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return mvMap.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return mvMap.get(keyValue);
    }

    @Override
    public long getCount() {
        return mvMap.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return mvMap.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
