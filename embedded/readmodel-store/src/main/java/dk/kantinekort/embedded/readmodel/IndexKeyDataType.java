package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded read-model store's unique indexes: stores a {@link KeyValue} exactly as H2's
 * {@link ObjectDataType} does (same bytes on disk), but orders keys without Java-serialising them.
 *
 * <p>mongo-java-server opens its index maps with H2's default {@code ObjectDataType}; {@code KeyValue} is
 * {@code Serializable} but not {@code Comparable}, so every comparison in a B-tree search serialised both keys
 * (the biggest single cost of the embedded server under the purchase benchmark). This type keeps the stored
 * form and replaces only the order:
 * <ol>
 *   <li>"simple" keys — every component is {@code null} or exactly a {@code Boolean}, {@code Integer},
 *       {@code Long}, {@code Double}, {@code String}, {@code ObjectId}, {@code UUID} or {@code Instant} (the
 *       normalised values ids and index fields take in practice) — come first, ordered by number of components,
 *       then component by component: first by a fixed rank of the component's class, then by the class's own
 *       natural order ({@code Double.compare} for doubles, so NaN and -0.0 behave as {@code Double.equals});</li>
 *   <li>all other keys (documents, arrays, binary data, ...) come after them, ordered by their serialised bytes
 *       exactly as before.</li>
 * </ol>
 * This is a lexicographic combination of total orders, so it is a total order itself (antisymmetric and
 * transitive, also across mixed kinds of keys), and two keys compare as equal exactly when the library's byte
 * comparison found them equal: equal values of those classes, or equal serialised forms.
 *
 * <p><b>Compatibility:</b> the order differs from the library's, so an index map written by the plain
 * {@code H2Backend} is mis-ordered under this type and vice versa. {@link ReadModelH2Database} therefore
 * re-sorts an index map written without this type once, when it first opens it; opening a file written with
 * this type by the plain library backend again is not supported (decision record 7).
 */
final class IndexKeyDataType extends BasicDataType<KeyValue> {

    private static final int OTHER = -1;

    /** Stateful (it remembers the last type and an average size), as it was per map before: one per map. */
    private final ObjectDataType storedForm = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        boolean simpleA = isSimple(a);
        boolean simpleB = isSimple(b);
        if (simpleA != simpleB) {
            return simpleA ? -1 : 1;
        }
        if (!simpleA) {
            return ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
        }
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        for (int i = 0; i < a.size(); i++) {
            int byComponent = compareSimple(a.get(i), b.get(i));
            if (byComponent != 0) {
                return byComponent;
            }
        }
        return 0;
    }

    private static boolean isSimple(KeyValue key) {
        for (int i = 0; i < key.size(); i++) {
            if (rank(key.get(i)) == OTHER) {
                return false;
            }
        }
        return true;
    }

    /** Exact classes only: a subclass might define equality differently from its parent's order. */
    private static int rank(Object value) {
        if (value == null) {
            return 0;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            return 1;
        } else if (type == Double.class) {
            return 2;
        } else if (type == Long.class) {
            return 3;
        } else if (type == Integer.class) {
            return 4;
        } else if (type == Boolean.class) {
            return 5;
        } else if (type == ObjectId.class) {
            return 6;
        } else if (type == UUID.class) {
            return 7;
        } else if (type == Instant.class) {
            return 8;
        }
        return OTHER;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareSimple(Object a, Object b) {
        int rankA = rank(a);
        int rankB = rank(b);
        if (rankA != rankB) {
            return Integer.compare(rankA, rankB);
        }
        if (a == null) {
            return 0;
        }
        if (rankA == 2) {
            return Double.compare((Double) a, (Double) b);
        }
        // the remaining classes' natural orders are total and consistent with their equals
        return ((Comparable) a).compareTo(b);
    }

    @Override
    public int getMemory(KeyValue key) {
        return storedForm.getMemory(key);
    }

    @Override
    public boolean isMemoryEstimationAllowed() {
        return storedForm.isMemoryEstimationAllowed();
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        storedForm.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return (KeyValue) storedForm.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
