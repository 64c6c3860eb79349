package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded read-model store's unique indexes: orders keys without Java-serialising them, and
 * stores the common ones (ids and index fields of plain values) in a compact form of their own (decision record 30).
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
 * <p><b>Stored form:</b> a key whose components are all {@code null}, {@code String}, {@code Double}, {@code Long},
 * {@code Integer}, {@code Boolean}, {@code UUID} or {@code Instant} is written as the tag {@value #COMPACT} (a
 * first byte H2's {@code ObjectDataType} never writes: it starts a Java-serialised key with 19), its number of
 * components, then each component as its class's rank and its value. Every other key is written by
 * {@code ObjectDataType} as before, so files written before read back unchanged. Reading and writing a page of
 * index keys then needs no {@code ObjectInputStream} (32 % of the wire server's CPU under the till benchmark).
 *
 * <p><b>Compatibility:</b> the order differs from the library's, so an index map written by the plain
 * {@code H2Backend} is mis-ordered under this type and vice versa. {@link ReadModelH2Database} therefore
 * re-sorts an index map written without this type once, when it first opens it; opening a file written with
 * this type by the plain library backend again is not supported (decision record 7).
 */
final class IndexKeyDataType extends BasicDataType<KeyValue> {

    private static final int OTHER = -1;
    /** The first byte of a compactly stored key; H2's {@code ObjectDataType} uses 0-49, 64-119 only. */
    static final int COMPACT = 120;
    private static final int OBJECT_ID = 6;

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

    /** Whether every component is of a class this type orders itself (they come before all other keys). */
    static boolean isSimple(KeyValue key) {
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

    /**
     * What a key takes on the heap, which decides how many keys a page holds before it is split. A compact key is
     * estimated from its components; {@code ObjectDataType} would answer with its running average of the Java-
     * serialised keys it wrote, 10,000 bytes until it has written one, and a page of such keys splits at two.
     */
    @Override
    public int getMemory(KeyValue key) {
        if (!isCompact(key)) {
            return storedForm.getMemory(key);
        }
        int memory = 32 + 8 * key.size();
        for (Object component : key) {
            if (component instanceof String text) {
                memory += 40 + text.length();
            } else if (component != null) {
                memory += 24;
            }
        }
        return memory;
    }

    @Override
    public boolean isMemoryEstimationAllowed() {
        return storedForm.isMemoryEstimationAllowed();
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        if (!isCompact(key)) {
            storedForm.write(buffer, key);
            return;
        }
        buffer.put((byte) COMPACT).putVarInt(key.size());
        for (Object component : key) {
            int rank = rank(component);
            buffer.put((byte) rank);
            switch (rank) {
                case 1 -> {
                    String text = (String) component;
                    buffer.putVarInt(text.length()).putStringData(text, text.length());
                }
                case 2 -> buffer.putDouble((Double) component);
                case 3 -> buffer.putLong((Long) component);
                case 4 -> buffer.putInt((Integer) component);
                case 5 -> buffer.put((byte) ((Boolean) component ? 1 : 0));
                case 7 -> buffer.putLong(((UUID) component).getMostSignificantBits())
                        .putLong(((UUID) component).getLeastSignificantBits());
                case 8 -> buffer.putLong(((Instant) component).getEpochSecond())
                        .putInt(((Instant) component).getNano());
                default -> { } // null: the rank says it all
            }
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (Byte.toUnsignedInt(buffer.get(buffer.position())) != COMPACT) {
            return (KeyValue) storedForm.read(buffer);
        }
        buffer.get();
        Object[] components = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < components.length; i++) {
            components[i] = switch (buffer.get()) {
                case 1 -> DataUtils.readString(buffer);
                case 2 -> buffer.getDouble();
                case 3 -> buffer.getLong();
                case 4 -> buffer.getInt();
                case 5 -> buffer.get() == 1;
                case 7 -> new UUID(buffer.getLong(), buffer.getLong());
                case 8 -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
                default -> null;
            };
        }
        return new KeyValue(components);
    }

    /** Simple keys without an ObjectId (whose bytes the library keeps to itself). */
    private static boolean isCompact(KeyValue key) {
        for (int i = 0; i < key.size(); i++) {
            int rank = rank(key.get(i));
            if (rank == OTHER || rank == OBJECT_ID) {
                return false;
            }
        }
        return true;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
