package dk.kantinekort.embedded.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class IndexKeyDataTypeTest {

    private final IndexKeyDataType type = new IndexKeyDataType();

    /** Every kind of key twice over: equal keys as distinct instances, so "equal" is not just identity. */
    private final List<KeyValue> keys = sample();

    private static List<KeyValue> sample() {
        List<KeyValue> keys = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            ObjectId objectId = new ObjectId("65a1f0c2e4b0a1b2c3d4e5f6");
            keys.addAll(List.of(
                    new KeyValue("a"), new KeyValue(""), new KeyValue("b"), new KeyValue("ab"), new KeyValue("å"),
                    new KeyValue("2f8e7c1a-1d3b-4c6e-9f00-1234567890ab"),
                    new KeyValue(1.0), new KeyValue(-1.5), new KeyValue(0.0), new KeyValue(-0.0),
                    new KeyValue(Double.NaN), new KeyValue(Double.POSITIVE_INFINITY),
                    new KeyValue(Long.MAX_VALUE), new KeyValue(Long.MIN_VALUE + 1), new KeyValue(7),
                    new KeyValue(true), new KeyValue(false), new KeyValue((Object) null),
                    new KeyValue(objectId), new KeyValue(new ObjectId("65a1f0c2e4b0a1b2c3d4e5f7")),
                    new KeyValue(UUID.fromString("00000000-0000-0000-0000-000000000001")),
                    new KeyValue(UUID.fromString("80000000-0000-0000-0000-000000000000")),
                    new KeyValue(Instant.parse("2025-01-02T03:04:05Z")),
                    new KeyValue(new Document("account", "a").append("row", 1.0)),
                    new KeyValue(new Document("row", 1.0).append("account", "a")),
                    new KeyValue(new Document("account", "b")),
                    new KeyValue(List.of("x", 1.0)),
                    new KeyValue(new byte[] {1, 2}),
                    new KeyValue("a", "b"), new KeyValue("a", 1.0), new KeyValue(1.0, "a"), new KeyValue("a", null),
                    new KeyValue("a", objectId), new KeyValue("b", "a"),
                    new KeyValue("a", new Document("x", 1.0)), new KeyValue("a", "b", "c")));
        }
        return keys;
    }

    @Test
    void comparingIsAntisymmetricAndAgreesWithEquality() {
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = type.compare(a, b);
                assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(storedEqually(a, b));
            }
        }
    }

    @Test
    void comparingIsTransitiveAcrossAllKindsOfKeys() {
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(type.compare(a, b));
                for (KeyValue c : keys) {
                    int bc = Integer.signum(type.compare(b, c));
                    int ac = Integer.signum(type.compare(a, c));
                    if (ab == bc) {
                        assertThat(ac).as("%s, %s, %s", a, b, c).isEqualTo(ab);
                    }
                    if (ab == 0) {
                        assertThat(ac).as("%s, %s, %s", a, b, c).isEqualTo(bc);
                    }
                }
            }
        }
    }

    @Test
    void everyKindOfKeyReadsBackEqualToWhatWasWritten() {
        KeyValue[] storage = keys.toArray(KeyValue[]::new);
        WriteBuffer ours = new WriteBuffer();
        type.write(ours, storage, storage.length);

        KeyValue[] read = type.createStorage(storage.length);
        type.read(ByteBuffer.wrap(bytes(ours)), read, read.length);
        for (int i = 0; i < storage.length; i++) {
            assertThat(type.compare(read[i], storage[i])).as("%s", storage[i]).isZero();
            if (!(storage[i].get(0) instanceof byte[])) {
                assertThat(read[i]).isEqualTo(storage[i]);
                assertThat(classes(read[i])).isEqualTo(classes(storage[i]));
            }
        }
    }

    @Test
    void plainKeysAreStoredCompactlyAndOthersAsTheLibraryStoresThem() {
        WriteBuffer plain = new WriteBuffer();
        type.write(plain, new KeyValue("2f8e7c1a-1d3b-4c6e-9f00-1234567890ab", 3L));
        byte[] compact = bytes(plain);
        assertThat(Byte.toUnsignedInt(compact[0])).isEqualTo(IndexKeyDataType.COMPACT);
        assertThat(compact.length).isLessThan(ObjectDataType.serialize(
                new KeyValue("2f8e7c1a-1d3b-4c6e-9f00-1234567890ab", 3L)).length / 3);

        KeyValue document = new KeyValue(new Document("account", "a"));
        WriteBuffer ours = new WriteBuffer();
        type.write(ours, document);
        WriteBuffer library = new WriteBuffer();
        new ObjectDataType().write(library, document);
        assertThat(bytes(ours)).isEqualTo(bytes(library));
    }

    @Test
    void aPlainKeyIsReckonedAtItsSizeSoThatAPageHoldsManyOfThem() {
        KeyValue id = new KeyValue("2f8e7c1a-1d3b-4c6e-9f00-1234567890ab");

        assertThat(type.getMemory(id)).isBetween(36, 200);
        MVStore store = MVStore.open(null);
        MVMap<KeyValue, Long> index = store.openMap("index", new MVMap.Builder<KeyValue, Long>().keyType(type));
        for (long i = 0; i < 10_000; i++) {
            index.put(new KeyValue(UUID.nameUUIDFromBytes(Long.toString(i).getBytes()).toString()), i);
        }
        // a root over leaves of dozens of keys each, not a tree of pages holding two keys (13 levels deep)
        assertThat(depth(index.getRootPage())).isLessThanOrEqualTo(3);
        store.close();
    }

    @Test
    void keysWrittenByTheLibrarysDefaultTypeStillReadBack() {
        KeyValue[] storage = keys.toArray(KeyValue[]::new);
        WriteBuffer library = new WriteBuffer();
        new ObjectDataType().write(library, storage, storage.length);

        KeyValue[] read = type.createStorage(storage.length);
        type.read(ByteBuffer.wrap(bytes(library)), read, read.length);
        for (int i = 0; i < storage.length; i++) {
            assertThat(type.compare(read[i], storage[i])).as("%s", storage[i]).isZero();
        }
    }

    /** What the library's byte comparison took for "the same key". */
    private static boolean storedEqually(KeyValue a, KeyValue b) {
        return Arrays.equals(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    private static int depth(Page<?, ?> page) {
        return page.isLeaf() ? 1 : 1 + depth(page.getChildPage(0));
    }

    private static List<String> classes(KeyValue key) {
        return key.stream().map(c -> c == null ? "null" : c.getClass().getName()).toList();
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }
}
