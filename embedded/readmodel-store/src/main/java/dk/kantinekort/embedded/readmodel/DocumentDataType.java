package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded read-model store's collections (the data maps, one document per {@code _id}):
 * stores a document in a compact binary form of its own behind a tag byte, instead of H2's default
 * {@link ObjectDataType}, which Java-serialises each document (class descriptors and all, a new
 * {@code ObjectOutputStream} per document) every time the store writes a page, and deserialises it when it reads
 * one back: the largest single cost of the embedded store in the profiles of issue 16 (decision record 26).
 *
 * <p>The form: a type byte per value; strings, keys and counts as H2 writes them (variable-length ints, H2's string
 * data); numbers fixed-length; a document as its number of fields and then key, value, key, value in order; a list
 * as its size and its values. Written straight into H2's page buffer, read straight from it.
 *
 * <p><b>Exactness:</b> a document goes into this form only if it comes back equal and of the same classes: documents,
 * {@code List}s, {@code null}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Double}, {@code String},
 * {@code ObjectId}, {@code UUID}, and {@link Instant}s of whole milliseconds (what the wire protocol carries for
 * the read models). A document holding anything else (a finer {@code Instant}, a {@code Set}, binary data, another
 * BSON or Java type) is written Java-serialised as before, whole. This form's tag is never one of
 * {@link ObjectDataType}'s (0-127), so both kinds can be told apart when read: files written before this type are
 * still read (their documents move to this form when their page is next written), but a file written with this
 * type cannot be read by the library's plain backend (already the case for its index maps, decision record 7).
 */
final class DocumentDataType extends BasicDataType<Document> {

    /** Negative: {@link ObjectDataType} writes only tags from 0 to 127. */
    static final byte COMPACT = (byte) 0xB6;

    private static final byte NULL = 0;
    private static final byte FALSE = 1;
    private static final byte TRUE = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte STRING = 6;
    private static final byte INSTANT = 7;
    private static final byte OBJECT_ID = 8;
    private static final byte DOCUMENT = 9;
    private static final byte LIST = 10;
    private static final byte UUID_VALUE = 11;

    /** Stateful (it remembers the last type and an average size): one per map, as before. */
    private final ObjectDataType javaSerialised = new ObjectDataType();
    /** The average length of a stored document, for H2's estimate of a page's memory (cheaper than a walk). */
    private volatile int averageLength = 256;

    @Override
    public int getMemory(Document document) {
        // Java objects of a decoded document take a few times their stored length
        return 3 * averageLength;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        int start = buffer.position();
        buffer.put(COMPACT);
        if (writeDocument(buffer, document)) {
            averageLength = (averageLength * 15 + buffer.position() - start) / 16;
        } else {
            buffer.position(start);
            javaSerialised.write(buffer, document);
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != COMPACT) {
            return (Document) javaSerialised.read(buffer);
        }
        buffer.get();
        return readDocument(buffer);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** False (and a partly written buffer) if a value cannot be held exactly: the caller writes it Java-serialised. */
    private static boolean writeDocument(WriteBuffer buffer, Document document) {
        buffer.putVarInt(document.size());
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            if (entry.getKey() == null) {
                return false;
            }
            writeString(buffer, entry.getKey());
            if (!writeValue(buffer, entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean writeValue(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof String string) {
            buffer.put(STRING);
            writeString(buffer, string);
        } else if (value instanceof Long number) {
            buffer.put(LONG).putLong(number);
        } else if (value instanceof Integer number) {
            buffer.put(INT).putInt(number);
        } else if (value instanceof Double number) {
            buffer.put(DOUBLE).putDouble(number);
        } else if (value instanceof Boolean bool) {
            buffer.put(bool ? TRUE : FALSE);
        } else if (value instanceof Instant instant) {
            long millis;
            try {
                millis = instant.toEpochMilli();
            } catch (ArithmeticException tooFar) {
                return false;
            }
            if (!Instant.ofEpochMilli(millis).equals(instant)) {
                return false;
            }
            buffer.put(INSTANT).putLong(millis);
        } else if (value instanceof Document document) {
            buffer.put(DOCUMENT);
            return writeDocument(buffer, document);
        } else if (value instanceof ArrayList<?> list) {
            buffer.put(LIST).putVarInt(list.size());
            for (Object element : list) {
                if (!writeValue(buffer, element)) {
                    return false;
                }
            }
        } else if (value instanceof ObjectId objectId) {
            buffer.put(OBJECT_ID).put(objectId.toByteArray());
        } else if (value instanceof UUID uuid) {
            buffer.put(UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else {
            return false;
        }
        return true;
    }

    private static void writeString(WriteBuffer buffer, String string) {
        buffer.putVarInt(string.length()).putStringData(string, string.length());
    }

    private static Document readDocument(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        Document document = new Document();
        for (int i = 0; i < size; i++) {
            String key = DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
            document.put(key, readValue(buffer));
        }
        return document;
    }

    private static Object readValue(ByteBuffer buffer) {
        byte type = buffer.get();
        switch (type) {
            case NULL:
                return null;
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case INT:
                return buffer.getInt();
            case LONG:
                return buffer.getLong();
            case DOUBLE:
                return buffer.getDouble();
            case STRING:
                return DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
            case INSTANT:
                return Instant.ofEpochMilli(buffer.getLong());
            case OBJECT_ID:
                byte[] bytes = new byte[12];
                buffer.get(bytes);
                return new ObjectId(bytes);
            case DOCUMENT:
                return readDocument(buffer);
            case LIST:
                int size = DataUtils.readVarInt(buffer);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue(buffer));
                }
                return list;
            case UUID_VALUE:
                return new UUID(buffer.getLong(), buffer.getLong());
            default:
                throw new IllegalStateException("Unknown value type " + type + " in a stored read-model document");
        }
    }
}
