package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * A unique index over an MVStore map, as the library's {@code H2UniqueIndex} (whose constructor is
 * package-private) but on a map opened with {@link IndexKeyDataType} keys.
 *
 * <p>It also spares the library two costs it pays on every query and write (fourth pass, docs/PERFORMANCE.md): its
 * field names are built once, not as a new list and set each time the library asks whether the index serves a
 * query; and the key of a document in a one-field index on a plain field (every {@code _id} index) is read
 * directly, without the library's path parsing (a regular expression per access).
 */
final class ReadModelUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> mvMap;
    private final List<String> fieldNames;
    private final Set<String> fieldNameSet;
    /** The one field of a one-field index on a top-level field, or null. */
    private final String plainField;

    ReadModelUniqueIndex(MVMap<KeyValue, Object> mvMap, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.mvMap = mvMap;
        this.fieldNames = keys.stream().map(IndexKey::getKey).toList();
        this.fieldNameSet = Collections.unmodifiableSet(new LinkedHashSet<>(fieldNames));
        this.plainField = fieldNames.size() == 1 && !fieldNames.get(0).contains(".") ? fieldNames.get(0) : null;
    }

    @Override
    protected List<String> keys() {
        return fieldNames;
    }

    @Override
    protected Set<String> keySet() {
        return fieldNameSet;
    }

    /** As the library's, normalised, for a plain field's single value read directly; arrays are left to it. */
    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        if (plainField != null) {
            Object value = document.containsKey(plainField) ? document.get(plainField) : Missing.getInstance();
            if (!(value instanceof Collection) && !(value instanceof Document)) {
                return Set.of(new KeyValue(value).normalized());
            }
        }
        return super.getKeyValues(document);
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
