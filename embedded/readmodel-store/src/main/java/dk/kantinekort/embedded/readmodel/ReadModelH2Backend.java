package dk.kantinekort.embedded.readmodel;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * The embedded read-model store: mongo-java-server's H2 MVStore backend whose unique indexes (every
 * {@code _id} look-up) compare keys cheaply instead of Java-serialising them (see {@link IndexKeyDataType}
 * and decision record 7). Documents and index keys are stored in the same format as by the library's backend;
 * only the order of index keys differs, so a file written by the library's backend is re-sorted once on
 * opening, and a file written by this backend must not be opened by the library's backend afterwards.
 */
public class ReadModelH2Backend extends H2Backend {

    /**
     * The page cache the app opens its store with (MiB): larger made the till slower, its pages living just long
     * enough to be copied by every young collection; smaller reads and decodes pages again (decision record 30).
     */
    public static final int DEFAULT_CACHE_MB = 64;

    /** A store in the given file (created if missing). */
    public ReadModelH2Backend(String fileName) {
        super(fileName);
    }

    /**
     * A store in the given file (created if missing) whose page cache holds {@code cacheSizeMb} MiB: the library
     * opens its file with H2's default of 16 MiB, too small for 10,000 accounts' read models, and a miss costs a
     * read and a decoding of the page.
     */
    public static ReadModelH2Backend inFile(String fileName, int cacheSizeMb) {
        return new ReadModelH2Backend(new MVStore.Builder().fileName(fileName).cacheSize(cacheSizeMb).open());
    }

    /** A store on an MVStore the caller opened; {@link #close()} closes it. */
    public ReadModelH2Backend(MVStore mvStore) {
        super(mvStore);
    }

    /** A store that lives in memory only. */
    public static ReadModelH2Backend inMemory() {
        return new ReadModelH2Backend(MVStore.open(null));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from H2Backend's constructor too: uses nothing of this class's own state
        return ReadModelH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }
}
