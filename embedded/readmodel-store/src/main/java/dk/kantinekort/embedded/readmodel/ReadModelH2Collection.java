package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded read-model store whose stored documents are never changed in place: it stores a copy
 * of what the library hands it and hands out copies of what it stored. The library changes the {@code Document}
 * objects it works with after putting them into the map, and H2's serializer thread may be writing that same object
 * at the moment: a {@code ConcurrentModificationException} there is a panic for H2, which closes the whole store
 * (found under the till benchmark, docs/PERFORMANCE.md "third pass"; decision record 30).
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

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        super.handleUpdate(position, oldDocument, newDocument.cloneDeeply());
    }

    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return stored == null ? null : stored.cloneDeeply();
    }
}
