package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded read-model store's collections (the data maps, one document per {@code _id}):
 * stores a document as BSON behind a tag byte of its own, instead of H2's default {@link ObjectDataType}, which
 * Java-serialises each document (class descriptors and all, a new {@code ObjectOutputStream} per document) every
 * time the store writes a page, and deserialises it when it reads one back: the largest single cost of the
 * embedded store in the profiles of issue 16 (decision record 26).
 *
 * <p><b>Exactness:</b> a document goes as BSON only if BSON gives back exactly what was stored, as the wire protocol
 * would: documents, {@code List}s, the BSON value types of mongo-java-server, and {@link Instant}s of whole
 * milliseconds. Anything else (an {@code Instant} with a finer fraction, a {@code Set}, a Java type BSON does not
 * know) is stored Java-serialised as before. A BSON document's first byte is never one of {@link ObjectDataType}'s
 * tags (0-127), so both forms can be told apart on reading: files written before this type are still read
 * (their documents move to BSON when their page is next written), but a file written with this type cannot be
 * read by the library's plain backend (which is already the case for its index maps, decision record 7).
 */
final class DocumentDataType extends BasicDataType<Document> {

    /** Negative: {@link ObjectDataType} writes only tags from 0 to 127. */
    static final byte BSON = (byte) 0xB5;
    /** What the library's BSON decoder accepts (MongoDB's 16 MiB). */
    private static final int MAX_BSON_LENGTH = 16 * 1024 * 1024;

    /** Stateful (it remembers the last type and an average size): one per map, as before. */
    private final ObjectDataType javaSerialised = new ObjectDataType();
    /** The average length of a stored document, for H2's estimate of a page's memory (cheaper than a walk). */
    private volatile int averageLength = 256;

    @Override
    public int getMemory(Document document) {
        // Java objects of a decoded document take a few times their BSON length
        return 3 * averageLength;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        if (!representable(document)) {
            javaSerialised.write(buffer, document);
            return;
        }
        ByteBuf bson = Unpooled.buffer(averageLength + 64);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            if (length > MAX_BSON_LENGTH) {
                javaSerialised.write(buffer, document);
                return;
            }
            averageLength = (averageLength * 15 + length) / 16;
            buffer.put(BSON);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) javaSerialised.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** True when BSON holds the value exactly: it reads back equal and of the same class. */
    static boolean representable(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean || value instanceof ObjectId) {
            return true;
        }
        if (value instanceof Document document) {
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                if (entry.getKey() == null || entry.getKey().indexOf('\0') >= 0 || !representable(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!representable(element)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Instant instant) {
            return instant.getNano() % 1_000_000 == 0 && instant.equals(Instant.ofEpochMilli(instant.toEpochMilli()));
        }
        return value instanceof Decimal128 || value instanceof BinData || value instanceof UUID
                || value instanceof LegacyUUID || value instanceof BsonTimestamp || value instanceof MaxKey
                || value instanceof MinKey || value instanceof BsonJavaScript || value instanceof BsonRegularExpression;
    }
}
