package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index of the embedded read-model store, which the library leaves out ("adding secondary index ... is
 * not yet implemented. ignoring"): without it every query by a field other than {@code _id} (a citizen's statement
 * by account, a dead letter by its sequence) read every document of its collection, so the page got slower with
 * every purchase anyone made (decision record 30).
 *
 * <p>It serves equality on the index's <em>first</em> field, the way the read models ask (an account's rows, then
 * a period within them): a query that names that field with a plain value, at its top level or in a top-level
 * {@code $and}, gets the positions of the documents holding that value, and the library then matches each of those
 * documents against the whole query and sorts them as before. So the index only narrows the documents read, never
 * decides what matches. Every other query is left to the library's scan.
 *
 * <p>Entries are keys {@code (value, position)} in an MVStore map ordered by {@link IndexKeyDataType}, so the
 * documents of one value are adjacent: a look-up reads only their keys. A position that is not of a "simple" class
 * (a document as {@code _id}) is keyed by a string standing for it; the map's value is the position itself.
 */
final class ReadModelSecondaryIndex extends Index<Object> {

    private static final String ID_FIELD = "_id";
    /** Starts the key standing for a position of another class; a plain string {@code _id} can hardly start so. */
    private static final String STAND_IN = "\u0000position:";

    private final MVMap<KeyValue, Object> mvMap;
    private final String field;

    ReadModelSecondaryIndex(MVMap<KeyValue, Object> mvMap, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.mvMap = mvMap;
        this.field = keys.get(0).getKey();
    }

    @Override
    public boolean canHandle(Document query) {
        return queriedValue(query).isPresent();
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Object value = queriedValue(query).orElseThrow();
        List<Object> positions = new ArrayList<>();
        Cursor<KeyValue, Object> cursor = mvMap.cursor(new KeyValue(value, null));
        while (cursor.hasNext()) {
            KeyValue key = cursor.next();
            if (key.size() != 2 || !IndexKeyDataType.isSimple(key) || !value.equals(key.get(0))) {
                break;
            }
            positions.add(cursor.getValue());
        }
        return positions;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (isSparseWithoutValue(document)) {
            return;
        }
        Object stored = Missing.ofNullable(position); // as the library's unique indexes store it
        for (Object value : indexedValues(document)) {
            mvMap.put(new KeyValue(value, standIn(stored)), stored);
        }
    }

    /**
     * Removes the document's entries and answers its position (the library checks that every index answers the
     * same one), also when it had none: an empty array in the field leaves a document without entries.
     */
    @Override
    public synchronized Object remove(Document document) {
        if (isSparseWithoutValue(document)) {
            return null;
        }
        Object position = Missing.ofNullable(Utils.getSubdocumentValue(document, ID_FIELD));
        for (Object value : indexedValues(document)) {
            mvMap.remove(new KeyValue(value, standIn(position)));
        }
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        Set<Object> oldValues = indexedValues(oldDocument);
        if (!oldValues.equals(indexedValues(newDocument))) {
            synchronized (this) {
                Object stored = Missing.ofNullable(position);
                for (Object value : oldValues) {
                    mvMap.remove(new KeyValue(value, standIn(stored)));
                }
                add(newDocument, position, collection);
            }
        }
    }

    /** Not unique: no document is refused, and no single position belongs to a document's values. */
    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    }

    @Override
    public Object getPosition(Document document) {
        return null;
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

    @Override
    public void drop() {
        // the database removes the map by its name (H2Database.dropIndex)
    }

    /** The normalised values of the first field (one per element of an array), as the library compares them. */
    private Set<Object> indexedValues(Document document) {
        Object raw = Utils.getSubdocumentValueCollectionAware(document, field);
        Set<Object> values = new LinkedHashSet<>();
        if (raw instanceof Collection<?> elements) {
            elements.forEach(element -> values.add(normalised(element)));
        } else {
            values.add(normalised(raw));
        }
        return values;
    }

    private boolean isSparseWithoutValue(Document document) {
        return isSparse() && keys().stream().allMatch(key -> Utils.getSubdocumentValue(document, key) instanceof Missing);
    }

    /**
     * The value a query asks this index's field to equal: a plain value of a simple class (not null, which also
     * matches documents without the field, nor an array, a document or an operator other than {@code $eq}).
     */
    private Optional<Object> queriedValue(Document query) {
        if (query.containsKey(field)) {
            Object condition = query.get(field);
            if (condition instanceof Document operators && operators.size() == 1 && operators.containsKey("$eq")) {
                condition = operators.get("$eq");
            }
            Object value = normalised(condition);
            return value != null && IndexKeyDataType.isSimple(new KeyValue(value)) ? Optional.of(value)
                    : Optional.empty();
        }
        if (query.get("$and") instanceof Collection<?> all) {
            for (Object part : all) {
                if (part instanceof Document partQuery) {
                    Optional<Object> value = queriedValue(partQuery);
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Object normalised(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    /** The position itself where its class keeps the key simple, so that one value's keys stay adjacent. */
    private static Object standIn(Object position) {
        return IndexKeyDataType.isSimple(new KeyValue(position)) ? position
                : STAND_IN + position.getClass().getName() + ":" + position;
    }
}
