package dk.kantinekort.embedded.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The embedded store's documents in a compact form: read back exactly as stored, older Java-serialised ones still read. */
class DocumentDataTypeTest {

    private final DocumentDataType type = new DocumentDataType();

    @Test
    void aDocumentComesBackEqualWithEveryValueOfTheSameClass() {
        Document row = new Document("_id", "acc-1|PURCHASE|p-1")
                .append("accountId", "acc-1")
                .append("at", Instant.ofEpochMilli(1_765_000_000_123L))
                .append("seq", 17L)
                .append("count", 3)
                .append("amount", -4_599L)
                .append("rate", 0.25)
                .append("negativeZero", -0.0)
                .append("temporaryCard", true)
                .append("text", "Kantinen på Søborg Skole ✓")
                .append("balanceAfter", null)
                .append("oid", new ObjectId())
                .append("uuid", UUID.randomUUID())
                .append("lines", new ArrayList<>(List.of(
                        new Document("sku", "SKU1").append("quantity", 2).append("unitPrice", 1_250L),
                        new Document("sku", "SKU2").append("quantity", 1).append("unitPrice", 999L))))
                .append("brokenRule", new Document("limit", 5_000L).append("category", null));

        Document back = roundTrip(row);

        assertThat(back).isEqualTo(row);
        assertSameClasses(back, row);
    }

    @Test
    void whatTheCompactFormCannotHoldExactlyIsStoredJavaSerialisedAndStillComesBackEqual() {
        Document finerThanMillis = new Document("_id", "x").append("at", Instant.ofEpochSecond(1, 123_456));
        Document withASet = new Document("_id", "y").append("cards", new LinkedHashSet<>(List.of("1", "2")));
        Document deepInside = new Document("_id", "z").append("lines", new ArrayList<>(List.of(
                new Document("sku", "A").append("bytes", new BinData(new byte[] {1, 2, 3})))));
        Document withADecimal = new Document("_id", "d").append("amount", new Decimal128(1L, 2L));

        for (Document document : List.of(finerThanMillis, withASet, deepInside, withADecimal)) {
            ByteBuffer stored = write(document);
            assertThat(stored.get(0)).as("not stored in the compact form").isNotEqualTo(DocumentDataType.COMPACT);
            Document back = type.read(stored);
            assertThat(back).isEqualTo(document);
            assertSameClasses(back, document);
        }
    }

    @Test
    void aDocumentStoredJavaSerialisedByTheLibrarysBackendIsStillRead() {
        Document old = new Document("_id", "acc-1").append("balance", 12_345L).append("cards", List.of("42"));
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, old);
        ByteBuffer stored = buffer.getBuffer().flip();

        assertThat(type.read(stored)).isEqualTo(old);
        assertThat(stored.remaining()).as("the whole value was read").isZero();
    }

    @Test
    void valuesFollowingEachOtherInOnePageAreReadOneByOne() {
        WriteBuffer page = new WriteBuffer();
        List<Document> documents = List.of(new Document("_id", 1).append("a", "x"),
                new Document("_id", 2).append("at", Instant.ofEpochSecond(0, 1)),
                new Document("_id", 3).append("b", new ArrayList<>(List.of(1L, 2L))).append("c", List.of(1L)));
        documents.forEach(d -> type.write(page, d));
        ByteBuffer stored = page.getBuffer().flip();

        for (Document expected : documents) {
            assertThat(type.read(stored)).isEqualTo(expected);
        }
        assertThat(stored.remaining()).isZero();
    }

    private Document roundTrip(Document document) {
        ByteBuffer stored = write(document);
        assertThat(stored.get(0)).as("stored in the compact form").isEqualTo(DocumentDataType.COMPACT);
        Document back = type.read(stored);
        assertThat(stored.remaining()).as("the whole value was read").isZero();
        return back;
    }

    private ByteBuffer write(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }

    private static void assertSameClasses(Object actual, Object expected) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual).hasSameClassAs(expected);
        if (expected instanceof Map<?, ?> map) {
            map.forEach((key, value) -> assertSameClasses(((Map<?, ?>) actual).get(key), value));
        } else if (expected instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertSameClasses(((List<?>) actual).get(i), list.get(i));
            }
        }
    }
}
