package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded read-model store whose stored documents are never changed in place: it stores a copy
 * of each inserted document and hands out copies of the documents a query matched. The library changes the
 * {@code Document} objects a query gave it (an update changes the matched document, then puts it back), and H2's
 * serializer thread may be writing that same object at the moment: a {@code ConcurrentModificationException} there
 * is a panic for H2, which closes the whole store (found under the till benchmark, docs/PERFORMANCE.md "third
 * pass"; decision record 30).
 *
 * <p>Every query of the library, by index or by a scan, ends in {@link #createQueryResult}, so copying there copies
 * only what leaves the collection; matching reads the stored documents and copies nothing. An update then puts back
 * the copy it changed, which nobody else holds.
 */
final class ReadModelH2Collection extends H2Collection {

    ReadModelH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                          CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        return super.addDocumentInternal(document.cloneDeeply());
    }

    /**
     * The library keeps a running total of its documents' BSON sizes for {@code collStats}, encoding every
     * document it inserts or updates (twice for an update) only to count its bytes: 16 % of the wire server's CPU
     * under the till benchmark. Nothing here reads that figure; {@code collStats} reports the size stored before.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
        List<Document> copies = new ArrayList<>(matchedDocuments.size());
        for (Document matched : matchedDocuments) {
            copies.add(matched.cloneDeeply());
        }
        return super.createQueryResult(copies, batchSize);
    }
}
